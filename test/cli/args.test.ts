import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';

describe('parseArgs', () => {
  it('reads evaluate with files, stdin and every option (both spellings of a value)', () => {
    const p = parseArgs(['evaluate', 'a.json', '-', '--format=markdown', '--lang', 'es', '--explain', '--prices', 'p.json', '--max-monthly', '500', '--min-availability=99.95']);
    expect(p).toEqual({
      ok: true,
      command: {
        kind: 'evaluate',
        sources: ['a.json', '-'],
        options: { format: 'markdown', lang: 'es', explain: true, prices: 'p.json', maxMonthly: '500', minAvailability: '99.95', maxIncrease: null, progress: true },
      },
    });
  });

  it('reads diff OLD NEW with --max-increase, and "--" before a file named like an option', () => {
    const p = parseArgs(['diff', '--max-increase', '10%', '--no-progress', '--', 'old.json', '--new.json']);
    expect(p.ok && p.command).toMatchObject({ kind: 'diff', old: 'old.json', new: '--new.json', options: { maxIncrease: '10%', progress: false, format: 'table', lang: 'en' } });
  });

  it('gives help and version whatever else is there', () => {
    expect(parseArgs(['evaluate', '--help', '--lang', 'es'])).toEqual({ ok: true, command: { kind: 'help', lang: 'es' } });
    expect(parseArgs(['-v'])).toEqual({ ok: true, command: { kind: 'version' } });
  });

  it.each([
    [[], 'cli.usage.noCommand'],
    [['price', 'a.json'], 'cli.usage.unknownCommand'],
    [['evaluate'], 'cli.usage.noFiles'],
    [['evaluate', 'a.json', '--fromat', 'json'], 'cli.usage.unknownOption'],
    [['evaluate', 'a.json', '--format'], 'cli.usage.missingValue'],
    [['evaluate', 'a.json', '--format', 'xml'], 'cli.usage.badFormat'],
    [['evaluate', 'a.json', '--lang', 'fr'], 'cli.usage.badLang'],
    [['evaluate', 'a.json', '--explain=yes'], 'cli.usage.flagValue'],
    [['evaluate', 'a.json', '--max-monthly', '1', '--max-monthly', '2'], 'cli.usage.repeated'],
    [['evaluate', '-', '-'], 'cli.usage.stdinTwice'],
    [['evaluate', 'a.json', '--max-increase', '10%'], 'cli.usage.increaseNeedsDiff'],
    [['diff', 'a.json'], 'cli.usage.diffArgs'],
    [['diff', 'a.json', 'b.json', 'c.json'], 'cli.usage.diffArgs'],
  ])('refuses %j with %s', (argv, code) => {
    const p = parseArgs(argv);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.error.code).toBe(code);
  });

  it('quotes a bad argument without its control characters', () => {
    const p = parseArgs(['evaluate', 'a.json', '--x\u001b[31m']);
    expect(!p.ok && p.error.params.option).toBe('--x?[31m');
  });
});
