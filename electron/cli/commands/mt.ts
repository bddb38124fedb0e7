import { SverkaError } from '../../../shared/errors';
import { MtFormality, MtLang, MtModelType, MtTranslateRequest } from '../../../shared/ipc/channels/mt';
import { flagString, json, printResult, withServices } from '../context';
import type { CliCommand, ParsedArgs } from '../types';

function lang(args: ParsedArgs, flag: string, fallback: string): 'ru' | 'de' {
  const v = flagString(args, flag, fallback)!;
  const parsed = MtLang.safeParse(v.toLowerCase());
  if (!parsed.success) throw new SverkaError('BAD_REQUEST', `--${flag} must be ru or de, not ${JSON.stringify(v)}.`);
  return parsed.data;
}

function intFlag(args: ParsedArgs, flag: string): number | undefined {
  const v = flagString(args, flag);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new SverkaError('BAD_REQUEST', `--${flag} must be a whole number, not ${JSON.stringify(v)}.`);
  return n;
}

export const commands: CliCommand[] = [
  {
    name: 'mt translate',
    summary: 'Machine suggestions from DeepL (cached; key from DEEPL_AUTH_KEY)',
    usage:
      'mt translate --source-lang ru --target-lang de [--formality default|more|less|prefer_more|prefer_less] [--model-type <t>] [--project <id>] [--context <text> | --context-window <n>] [--cache-only] [--yes] [--db <file>] [--json] <text>...',
    booleanFlags: ['json', 'cache-only', 'yes'],
    async run(args, io) {
      const texts = args.positional;
      if (texts.length === 0) throw new SverkaError('BAD_REQUEST', 'Give at least one text: mt translate --source-lang ru --target-lang de <text>...');
      const formality = MtFormality.safeParse(flagString(args, 'formality', 'default'));
      if (!formality.success) throw new SverkaError('BAD_REQUEST', '--formality must be one of default, more, less, prefer_more, prefer_less.');
      const modelFlag = flagString(args, 'model-type');
      const modelType = modelFlag === undefined ? undefined : MtModelType.safeParse(modelFlag);
      if (modelType && !modelType.success) {
        throw new SverkaError('BAD_REQUEST', '--model-type must be quality_optimized, latency_optimized or prefer_quality_optimized.');
      }
      const context = flagString(args, 'context');
      const parsed = MtTranslateRequest.safeParse({
        sourceLang: lang(args, 'source-lang', 'ru'),
        targetLang: lang(args, 'target-lang', 'de'),
        projectId: intFlag(args, 'project'),
        items: texts.map((text, i) => ({ id: String(i + 1), text, ...(context ? { context } : {}) })),
        formality: formality.data,
        ...(modelType?.success ? { modelType: modelType.data } : {}),
        cacheOnly: args.flags['cache-only'] === true,
        contextWindow: intFlag(args, 'context-window') ?? 0,
      });
      if (!parsed.success) throw new SverkaError('BAD_REQUEST', parsed.error.issues[0]?.message ?? 'Invalid arguments.');
      const req = parsed.data;
      const result = await withServices(args, async (s) => {
        if (args.flags['yes']) req.confirmCharacters = s.mt.estimate(req).characters;
        return s.mt.translate(req);
      });
      if (args.flags['json']) {
        io.out(json(result));
      } else if (result.status === 'needs_confirmation') {
        io.err(
          `This would send ${result.estimate.characters} characters to DeepL (more than ${result.estimate.threshold}). Run again with --yes to go ahead.\n`,
        );
      } else {
        for (const item of result.items) {
          if (item.suggestion !== null) io.out(`${item.suggestion}\n`);
          else io.err(`[${item.id}] ${item.state}: ${item.message ?? ''}\n`);
        }
        io.err(`${result.requests} request(s), ${result.billedCharacters} characters billed, ${result.counts.cached ?? 0} from the cache.\n`);
      }
      if (result.status === 'needs_confirmation') return 3;
      return result.status === 'completed' ? 0 : 1;
    },
  },
  {
    name: 'mt usage',
    summary: 'DeepL character usage in this billing period',
    usage: 'mt usage [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const usage = await withServices(args, (s) => s.mt.usage());
      printResult(args, io, usage, (u) => {
        const pct = u.characterLimit ? ((100 * u.characterCount) / u.characterLimit).toFixed(1) : '0';
        return `DeepL usage: ${u.characterCount} of ${u.characterLimit} characters (${pct}%), ${u.remaining} left. Key from ${u.source}.\n`;
      });
      return 0;
    },
  },
];
