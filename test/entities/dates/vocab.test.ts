import { expect, test } from 'vitest';
import { packs } from '../../../src/lang/index.js';

// chrono-node only reads sentences that hold one of chronoKeywords (src/entities/dates/chrono.ts)
test.each(Object.values(packs).map((p) => [p.code, p.dates] as const))('%s: every chrono trigger holds a chrono keyword', (_, v) => {
  for (const trigger of v.chronoTriggers) expect(v.chronoKeywords.some((k) => trigger.includes(k))).toBe(true);
});
