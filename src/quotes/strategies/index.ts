export { according } from './according.js';
export { floating } from './floating.js';
export { invertedCue } from './inverted.js';
export { subjectCue } from './subject.js';
export { colon } from './colon.js';
export { announced } from './announced.js';
