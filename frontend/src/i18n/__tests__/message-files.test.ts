import { describe, expect, it } from 'vitest';

type Messages = { [key: string]: string | Messages };

/** Every message file of the SPA: the shared ones and each feature's. */
const files = import.meta.glob<Messages>('/src/**/i18n/*.json', { eager: true, import: 'default' });

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') result.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) result.set(inner, text);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((match) => match[1]).sort();
const pairs = Object.keys(files)
  .filter((path) => path.endsWith('/da.json'))
  .map((path) => [path.replace(/\/da\.json$/, ''), path, path.replace(/da\.json$/, 'en.json')] as const);

describe('message files', () => {
  it('finds the shared messages and every feature\'s', () => {
    expect(pairs.map(([folder]) => folder)).toContain('/src/i18n');
    expect(pairs.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pairs)('%s: Danish and English have the same keys and the same placeholders', (_folder, daPath, enPath) => {
    const da = flatten(files[daPath]!);
    const en = flatten(files[enPath] ?? {});
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
    for (const [key, text] of da) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it.each(pairs)('%s: no text shows an internal requirement id', (_folder, daPath, enPath) => {
    for (const path of [daPath, enPath]) {
      for (const [key, text] of flatten(files[path] ?? {})) {
        expect(text, `${path} ${key}`).not.toMatch(/\b[ASRLOPK]\d{1,2}\b/);
      }
    }
  });

  /** The Danish texts follow docs/glossary.md: one word for each thing, one quote style, no codes or abbreviations. */
  it.each(pairs)('%s: the Danish texts follow the glossary', (_folder, daPath) => {
    const rules: [RegExp, string][] = [
      [/„|“/, 'quotes are »…«'],
      [/(?<!\p{L})k(?!\p{L})/u, 'no literal k: say "mindst 5 svar" or "anonymitetsgrænsen"'],
      [/\bSD\b|[Ii]tem-rest/, 'no SD or item-rest: "spredning", "sammenhæng med de øvrige udsagn"'],
      [/tærsk/i, 'the threshold is "anonymitetsgrænsen"'],
      [/[Ss]elvevaluering/, '"selvvurdering"'],
      [/[Ff]ortælling/, '"historie"'],
      [/(?<!\p{L})[Dd]in leder(?!\p{L})/u, 'the leader\'s own leader is "din chef" (an employee\'s "min leder" is fine)'],
    ];
    for (const [key, text] of flatten(files[daPath]!)) {
      const plain = text.replace(/{{[^}]*}}/g, '');
      for (const [pattern, rule] of rules) expect(plain, `${daPath} ${key}: ${rule}`).not.toMatch(pattern);
    }
  });
});
