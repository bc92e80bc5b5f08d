import type { TraversalStep } from './search-query.js';
import type { TokenStream } from './search-token-stream.js';

const PLAIN_ARROWS: Record<string, TraversalStep['direction']> = { '-->': 'out', '<--': 'in', '<-->': 'both' };
const DEPTH_PATTERN = /^(\d+)(?::(\d+))?$/;

/**
 * An arrow: `-->` `<--` `<-->` (one hop, any edge type), or with brackets `-[types depth]->` (out), `<-[...]-` (in),
 * `<-[...]->` (both), where types are edge types separated by commas and depth is `n` (exactly n hops) or `m:n`.
 */
export function parseStepArrow(stream: TokenStream): TraversalStep {
  const open = stream.next();
  const plain = PLAIN_ARROWS[open.text];
  if (plain) return stream.mark({ direction: plain }, open.column);
  const step: TraversalStep = stream.mark({ direction: 'out' }, open.column);
  const edgeTypes: string[] = [];
  while (stream.isWord() && !DEPTH_PATTERN.test(stream.peek().text)) {
    stream.markMember(edgeTypes, edgeTypes.length, stream.peek().column);
    edgeTypes.push(stream.next().text);
    if (!stream.accept(',')) break;
    if (!stream.isWord()) stream.fail('expected an edge type after ","');
  }
  if (edgeTypes.length > 0) step.edgeTypes = edgeTypes;
  const depth = DEPTH_PATTERN.exec(stream.isWord() ? stream.peek().text : '');
  if (depth) {
    const column = stream.next().column;
    step.minDepth = Number(depth[1]);
    step.maxDepth = Number(depth[2] ?? depth[1]);
    stream.markMember(step, 'minDepth', column);
    stream.markMember(step, 'maxDepth', column);
  }
  if (edgeTypes.length === 0 && !depth) stream.fail('expected an edge type or a depth (1:3) in the step');
  if (!stream.isSymbol(']')) stream.fail('expected "]" to close the step');
  stream.next();
  const close = stream.peek();
  if (!stream.accept('->') && !stream.accept('-')) stream.fail('expected "->" or "-" after "]" to finish the step');
  const left = open.text === '<-[' ? 'in' : 'out';
  const right = close.text === '->' ? 'out' : 'in';
  if (left === 'out' && right === 'in') {
    stream.failAt(close, 'a step needs a direction: -[...]-> (out), <-[...]- (in) or <-[...]-> (both)');
  }
  step.direction = left === right ? left : 'both';
  return step;
}
