// A word-level diff for showing two contradicting sentences side by side: the longest common
// subsequence of words is "the same", everything else is marked. Words compare without case and
// surrounding punctuation, so "April." matches "april".

export interface DiffPart {
  text: string;
  changed: boolean;
}

export interface WordDiff {
  left: DiffPart[];
  right: DiffPart[];
}

/** Above this many words per side the quadratic table is not worth it; nothing is marked. */
const MAX_WORDS = 600;

export function diffWords(left: string, right: string): WordDiff {
  const a = tokens(left);
  const b = tokens(right);
  const aWords = a.filter((token) => token.word !== null);
  const bWords = b.filter((token) => token.word !== null);
  if (aWords.length > MAX_WORDS || bWords.length > MAX_WORDS) {
    return { left: [{ text: left, changed: false }], right: [{ text: right, changed: false }] };
  }
  const [keepA, keepB] = commonWords(aWords.map((t) => t.word!), bWords.map((t) => t.word!));
  return { left: parts(a, keepA), right: parts(b, keepB) };
}

interface Token {
  text: string;
  /** Comparison key, or null for whitespace. */
  word: string | null;
  /** Position among the words of its side. */
  position: number;
}

function tokens(text: string): Token[] {
  let position = 0;
  return text
    .split(/(\s+)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (/^\s+$/.test(piece)) return { text: piece, word: null, position: -1 };
      const key = piece.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || piece;
      return { text: piece, word: key, position: position++ };
    });
}

/** Which word positions on each side belong to a longest common subsequence. */
function commonWords(a: string[], b: string[]): [Set<number>, Set<number>] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const keepA = new Set<number>();
  const keepB = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      keepA.add(i++);
      keepB.add(j++);
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return [keepA, keepB];
}

/** Merges neighbouring tokens with the same verdict, so a changed phrase is one mark. */
function parts(tokenList: Token[], keep: Set<number>): DiffPart[] {
  const result: DiffPart[] = [];
  for (const token of tokenList) {
    const previous = result[result.length - 1];
    // Whitespace joins whatever came before it; a changed run absorbs the spaces inside it.
    const changed = token.word === null ? (previous?.changed ?? false) : !keep.has(token.position);
    if (previous && previous.changed === changed) previous.text += token.text;
    else result.push({ text: token.text, changed });
  }
  // A changed run should not end with the space before the next unchanged word.
  for (let i = 0; i < result.length - 1; i++) {
    const trailing = /\s+$/.exec(result[i].text);
    if (result[i].changed && trailing) {
      result[i].text = result[i].text.slice(0, trailing.index);
      result[i + 1].text = trailing[0] + result[i + 1].text;
    }
  }
  return result;
}
