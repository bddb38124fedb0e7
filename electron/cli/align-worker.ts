// Entry of dist/electron/cli-align-thread-body.cjs (run by cli-align-thread.cjs through a code
// cache, align-thread-main.ts): the second thread of a long `align` run (see
// align-thread.ts). Its answers are exactly what the main thread would compute: the features of
// most of the German side as `Analyzer.analyzeSide` gives them (with its own ids, which the main
// thread maps to its own), and the quotations as `alignQuotes` places them by the beads, or null where
// that would need more than the beads (the sentence-level analysis with the model).
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { Analyzer, type ForeignSide } from '../../shared/align/features';
import type { QuoteAlignment } from '../../shared/align/quotes/index';
import { QuotePrep } from '../../shared/align/quotes/prep';
import {
  decodeBeads,
  decodeSpans,
  TARGET_BUSY,
  TARGET_DONE,
  TARGET_IDLE,
  type AlignThreadData,
  type FromAlignThread,
  type TargetSideMessage,
  type ToAlignThread,
} from './align-thread';

const { port, state } = workerData as AlignThreadData;
let prep: QuotePrep | null = null;

/** Analyses the German segments given unless the main thread has taken that over. */
function analyseTarget(texts: readonly string[], out: MessagePort): void {
  if (Atomics.compareExchange(state, 0, TARGET_IDLE, TARGET_BUSY) !== TARGET_IDLE) return;
  let side: ForeignSide | null = null;
  try {
    const an = new Analyzer();
    side = an.exportSide(an.analyzeSide(texts));
  } catch {
    side = null;
  }
  const m: TargetSideMessage = { side };
  out.postMessage(m, side ? [side.off, side.ids, side.w, side.stemOff, side.stems, side.lens, side.marks].map((a) => a.buffer as ArrayBuffer) : []);
  Atomics.store(state, 0, TARGET_DONE);
  Atomics.notify(state, 0);
}

function placed(m: Extract<ToAlignThread, { type: 'beads' }>): QuoteAlignment[] | null {
  if (!prep) return null;
  if (prep.early) return prep.early;
  const beads = decodeBeads(m.sides, m.scores);
  return prep.placesByBeads(beads) ? prep.placeByBeads(beads) : null;
}

/**
 * Reads Russian segments ahead of the first pass (QuotePrep.readRussianAhead) until a message
 * arrives, and returns that message (taken off the port: the caller handles it): the time between
 * reading the quotations and the first pass's beads is then spent on segments their placement
 * mostly needs.
 */
function readAheadUntilMessage(p: QuotePrep): ToAlignThread | undefined {
  let next: ToAlignThread | undefined;
  try {
    p.readRussianAhead(() => {
      const got = receiveMessageOnPort(parentPort!) as { message: ToAlignThread } | undefined;
      if (got) next = got.message;
      return got !== undefined;
    });
  } catch {
    // Segments not read ahead are read as the beads name them.
  }
  return next;
}

function onMessage(m: ToAlignThread): void {
  if (m.type === 'texts') {
    const targetSegments = decodeSpans(m.targetText, m.targetSpans);
    analyseTarget(m.targetTail ?? targetSegments.slice(m.targetFrom).map((s) => s.text), port);
    try {
      prep = new QuotePrep({
        sourceText: m.sourceText,
        sourceSegments: decodeSpans(m.sourceText, m.sourceSpans),
        targetText: m.targetText,
        targetSegments,
      });
      prep.readBeforeBeads();
    } catch {
      prep = null;
    }
    // A message taken while reading ahead is handled now; those after it arrive as events, in order.
    const next = prep ? readAheadUntilMessage(prep) : undefined;
    if (next) onMessage(next);
    return;
  }
  if (m.type === 'first') {
    // Places the quotations by the first pass, for the places it chooses (QuotePrep.choiceFor).
    try {
      const beads = decodeBeads(m.sides, m.scores);
      if (prep && !prep.early && prep.placesByBeads(beads)) prep.placeByBeads(beads);
    } catch {
      // The final beads are then placed from scratch.
    }
    return;
  }
  let quotes: QuoteAlignment[] | null;
  try {
    quotes = placed(m);
  } catch {
    quotes = null;
  }
  const answer: FromAlignThread = { quotes };
  parentPort!.postMessage(answer);
  // Nothing follows the answer: the thread ends now (the answer is delivered before its exit
  // event), so that its heap is freed while the main thread writes the output instead of when
  // the process exits, which would wait for it.
  prep = null;
  port.close();
  parentPort!.close();
}

parentPort?.on('message', onMessage);
