import type { AssistTranslation } from '../../../shared/align/match/assist';
import type { MtBatchResult, MtEstimate, MtEstimateRequest, MtTranslateRequest } from '../../../shared/ipc/channels/mt';
import type { Span } from '../../../shared/types';
import type { LexiconRepository } from '../../db/repositories/lexicon';

/** The part of the MT service the online assist uses (cache, cost estimate, DeepL). */
export interface AssistTranslator {
  estimate(req: MtEstimateRequest): MtEstimate;
  translate(req: MtTranslateRequest, signal?: AbortSignal): Promise<MtBatchResult>;
}

/** What the assist got for an alignment, and one line on it for the user. */
export interface AssistOutcome {
  translations: AssistTranslation[];
  note: string;
}

/**
 * Online assist: when a project has it on, each German quotation is translated into Russian
 * through the MT service, so every call is cached (a quotation is never paid for twice) and
 * counted in its cost estimate. A batch above the confirmation threshold is not sent: the
 * cached translations alone are used and the note says how many characters wait for the user.
 * Without a key or network the alignment goes on without the assist.
 */
export class OnlineAssist {
  constructor(
    private readonly repo: LexiconRepository,
    private readonly mt: AssistTranslator,
  ) {}

  enabled(projectId: number): boolean {
    return this.repo.onlineAssist(projectId) === true;
  }

  /** The cost estimate of translating these quotations (nothing is sent). */
  estimate(projectId: number, targetText: string, quotes: readonly Span[]): MtEstimate | null {
    const req = this.request(projectId, targetText, quotes, false);
    return req ? this.mt.estimate(req) : null;
  }

  async translate(projectId: number, targetText: string, quotes: readonly Span[], signal?: AbortSignal): Promise<AssistOutcome> {
    const req = this.request(projectId, targetText, quotes, false);
    if (!req) return { translations: [], note: '' };
    let res: MtBatchResult;
    try {
      res = await this.mt.translate(req, signal);
      if (res.status === 'needs_confirmation') {
        const waiting = res.estimate.characters;
        res = await this.mt.translate({ ...req, cacheOnly: true }, signal);
        return { translations: this.collect(quotes, res), note: `online assist: ${waiting} characters to translate need your confirmation (MT cost estimate); cached translations used` };
      }
    } catch (err) {
      return { translations: [], note: `online assist unavailable: ${(err as Error).message}` };
    }
    const translations = this.collect(quotes, res);
    const failed = res.stoppedBy ? `; stopped: ${res.stoppedBy}` : '';
    return { translations, note: `online assist: ${translations.length} of ${quotes.length} quotations translated (${res.billedCharacters} characters billed${failed})` };
  }

  private request(projectId: number, targetText: string, quotes: readonly Span[], cacheOnly: boolean): MtTranslateRequest | null {
    const items = quotes.map((q, i) => ({ id: `q${i}`, text: targetText.slice(q.start, q.end) })).filter((x) => x.text.trim() !== '');
    if (!items.length) return null;
    return { projectId, sourceLang: 'de', targetLang: 'ru', items, formality: 'default', useGlossary: false, contextWindow: 0, cacheOnly };
  }

  private collect(quotes: readonly Span[], res: MtBatchResult): AssistTranslation[] {
    const out: AssistTranslation[] = [];
    for (const it of res.items) {
      const k = Number(it.id.slice(1));
      const q = quotes[k];
      if (q && it.suggestion) out.push({ target: { start: q.start, end: q.end }, russian: it.suggestion });
    }
    return out;
  }
}
