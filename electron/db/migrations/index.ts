import type { Migration } from './types';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-segments-quotations';
import { migration0003 } from './0003-alignment';
import { migration0004 } from './0004-translation-memory';
import { migration0005 } from './0005-glossary';
import { migration0010 } from './0010-mt';
import { migration0020 } from './0020-link-recheck';
import { migration0021 } from './0021-project-description';
import { migration0030 } from './0030-import-skips';
import { migration0031 } from './0031-side-notes';
import { migration0040 } from './0040-link-candidates';
import { migration0050 } from './0050-team-units';
import { migration0051 } from './0051-team-outbox';
import { migration0052 } from './0052-project-team-memories';
import { migration0045 } from './0045-learned-lexicon';
import { migration0046 } from './0046-user-lexicons';
import { migration0047 } from './0047-online-assist';
import { migration0070 } from './0070-document-segments-hash';
import { migration0071 } from './0071-project-ids-autoincrement';
import { migration0080 } from './0080-quote-verdicts';
import { migration0081 } from './0081-tm-index-backlog';
import { migration0082 } from './0082-tm-units-link';

/** Every migration, in version order. New ones are appended here. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0010,
  migration0020,
  migration0021,
  migration0030,
  migration0031,
  migration0040,
  migration0050,
  migration0051,
  migration0052,
  migration0045,
  migration0046,
  migration0047,
  migration0070,
  migration0071,
  migration0080,
  migration0081,
  migration0082,
].sort(
  (a, b) => a.version - b.version,
);

export type { Migration } from './types';
