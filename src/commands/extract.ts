// `storygraph extract`: reads articles and prints the triples the extract stage finds, either for a
// person (text, grouped by article and sentence) or for tools (jsonl, one triple per line).
// Wiring only; the work lives in src/read and src/extract.
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { extractTriples } from '../extract/index.ts';
import { startProgress } from '../progress.ts';
import { readArticles } from '../read/index.ts';
import type { Argument, Article, Extraction, Qualifiers, Quantity, Triple } from '../types.ts';
import { lookupTable } from '../lookup-table.ts';
import { printable, printableJson, printableLine } from '../terminal-text.ts';
import { printRejections } from './print-rejections.ts';
import { pushTo } from '../push-to.ts';

type OutputFormat = 'text' | 'jsonl';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('read articles and print the subject | relation | object claims in each sentence')
    .argument('<path...>', 'article files or folders (.txt .md .html .htm .json .jsonl)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'jsonl']).default('text'))
    .action(async (paths: string[], options: { format: OutputFormat }) => {
      process.exitCode = await runExtract(paths, options.format);
    });
}

/** Returns the exit code: 1 when any input was rejected, even though the good ones were printed. */
async function runExtract(paths: string[], format: OutputFormat): Promise<number> {
  stopQuietlyWhenStdoutCloses();
  const { articles, rejected, warnings } = await readArticles(paths);
  printRejections(rejected);
  printRejections(warnings, 'warning');
  // When stdout is the same terminal, the scrolling output is the progress; a bar would garble it.
  const progress = startProgress('extract', articles.length, { enabled: Boolean(process.stderr.isTTY && !process.stdout.isTTY) });
  try {
    articles.forEach((article, index) => {
      const extraction = extractTriples(article);
      process.stdout.write(format === 'jsonl' ? jsonLines(extraction) : textReport(extraction, index === 0));
      progress.tick(1, printable(basename(article.path)));
    });
  } finally {
    progress.stop();
  }
  return rejected.length > 0 ? 1 : 0;
}

/** `storygraph extract … | head` closes stdout early; that is the user's choice, not a crash. */
function stopQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

// ---------------------------------------------------------------------------------------------
// jsonl: the Triple fields as they are, plus where the article came from.

function jsonLines({ article, triples }: Extraction): string {
  return triples.map((triple) => `${printableJson(JSON.stringify({ ...triple, articlePath: article.path }))}\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// text: one block per article, each sentence followed by its triples, indented. Everything taken
// from the article is printed through printable(); sentences can span line breaks in the source,
// and the report shows each on one line (printableLine).

function articleHeading(article: Article): string {
  const details = [article.path, `id ${article.id}`, article.outlet, article.published].filter((detail): detail is string => Boolean(detail)).map(printable);
  return `# ${printable(article.title)}\n  ${details.join(' · ')}\n`;
}

function quantityText(quantity: Quantity): string {
  return printableLine([quantity.hedge, String(quantity.value), quantity.unit].filter(Boolean).join(' '));
}

function qualifierText(qualifiers: Qualifiers): string {
  const parts: string[] = [];
  if (qualifiers.time) parts.push(`time: ${printableLine(qualifiers.time)}`);
  if (qualifiers.place) parts.push(`place: ${printableLine(qualifiers.place)}`);
  if (qualifiers.negated) parts.push('negated');
  if (qualifiers.modality && qualifiers.modality !== 'asserted') parts.push(`modality: ${qualifiers.modality}`);
  if (qualifiers.attributedTo) parts.push(`attributedTo: ${printableLine(qualifiers.attributedTo)}`);
  if (qualifiers.quantity) parts.push(`quantity: ${quantityText(qualifiers.quantity)}`);
  if (qualifiers.quote) parts.push(`quote: "${printableLine(qualifiers.quote)}"`);
  return parts.length === 0 ? '' : `  {${parts.join(', ')}}`;
}

/** How an implied verb reads in the text report: the title, comma or 's that implies it is not a relation. */
const IMPLIED_VERB = lookupTable<string>({ be: 'is', have: 'has' });

/** "he [Brian Nichols]": the words as written, and whom a pronoun was read as. */
function argumentLine(argument: Argument): string {
  return argument.antecedent ? `${printableLine(argument.text)} [${printableLine(argument.antecedent)}]` : printableLine(argument.text);
}

function relationLine(triple: Triple): string {
  const implied = IMPLIED_VERB[triple.relation.lemma];
  const noVerbWritten = triple.implicit || !/\p{L}/u.test(triple.relation.text) || triple.relation.text === "'s";
  return implied && noVerbWritten ? `${implied} (implied)` : printableLine(triple.relation.text);
}

function tripleLine(triple: Triple): string {
  const object = triple.object ? argumentLine(triple.object) : '—';
  const claim = [argumentLine(triple.subject), relationLine(triple), object].join(' | ');
  const rules = triple.relation.rules ? `  [${triple.relation.rules.join(', ')}]` : '';
  return `    ${claim}${qualifierText(triple.qualifiers)}${rules}  @${triple.start}-${triple.end}\n`;
}

function textReport({ article, sentences, triples }: Extraction, first: boolean): string {
  const bySentence = new Map<number, Triple[]>();
  for (const triple of triples) pushTo(bySentence, triple.sentence, triple);
  let report = `${first ? '' : '\n'}${articleHeading(article)}`;
  for (const sentence of sentences) {
    report += `[sentence ${sentence.index}] ${printableLine(sentence.text)}\n`;
    for (const triple of bySentence.get(sentence.index) ?? []) report += tripleLine(triple);
    bySentence.delete(sentence.index);
  }
  // Triples pointing at a sentence the extractor did not list are still shown, never dropped.
  for (const [index, orphans] of bySentence) {
    report += `[sentence ${index}]\n${orphans.map(tripleLine).join('')}`;
  }
  return report;
}
