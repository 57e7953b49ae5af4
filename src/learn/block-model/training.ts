/**
 * What scripts/train-block-model.mjs needs from unboil, in one entry it bundles: read a
 * case's input as the command reads it, clean it as clean() does, and give every block's
 * features and gold label; or clean it with a given model.
 */
import { analyse } from '../../clean.js';
import { decodeBytes } from '../../io/decode.js';
import { detectInputKind, type InputKindOption } from '../../io/input-kind.js';
import { blockFeatures, FEATURE_NAMES } from './features.js';
import { GoldText, scorerWords } from './gold-labels.js';
import { parseBlockModel, type BlockModel } from './forest.js';

export { FEATURE_NAMES, parseBlockModel };

export interface Input {
  text: string;
  inputKind: 'auto' | 'html' | 'markdown' | 'text';
}

/** A file's text and the kind clean() is told, as the command decides them (clean-file.ts, clean-document.ts). */
export function readInput(bytes: Uint8Array, path: string, option: InputKindOption): Input {
  const kind = detectInputKind(option, path, bytes);
  const { text } = decodeBytes(bytes, { html: kind === 'html' });
  return { text, inputKind: kind === 'text' && option === 'auto' ? 'auto' : kind };
}

export interface CaseBlocks {
  /** blocks × FEATURE_NAMES.length */
  rows: Float32Array;
  /** Per block: the share of its word runs in the gold (NaN: no words). */
  share: Float32Array;
  /** Per block: its words as the scorer counts them. */
  words: Int32Array;
  /** The title block's index, -1 for none: the gold has no title, so it is not learned from. */
  title: number;
  /** What the rules keep: the article's text as clean() gives it with `decision: 'rules'`. */
  text: string;
  goldWords: number;
}

export function caseBlocks(input: Input, gold: string): CaseBlocks {
  // The model learns from the rules' picture, so the rules alone decide here.
  const a = analyse(input.text, { inputKind: input.inputKind, decision: 'rules' });
  const state = { document: a.document, verdicts: a.verdicts, titleBlock: a.titleBlock, bodyStart: a.bodyStart, guard: a.result.guard };
  const golden = new GoldText(gold);
  const { blocks } = a.document;
  return {
    rows: blockFeatures(state),
    share: Float32Array.from(blocks, (b) => golden.share(b.text)),
    words: Int32Array.from(blocks, (b) => scorerWords(b.text).length),
    title: a.titleBlock ?? -1,
    text: a.result.text,
    goldWords: golden.words,
  };
}

/** The article's text when `model` decides. */
export function cleanWithModel(input: Input, model: BlockModel): string {
  return analyse(input.text, { inputKind: input.inputKind, decision: 'model', blockModel: model }).result.text;
}
