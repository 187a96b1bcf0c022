import { type Line } from '../domain';
import { countWords, normaliseText } from '../text';
import { type Table } from './blocks';
import { labelKey } from './metadata';

/** A label and its value side by side (a personal-details table row, "Name: ..."). */
export interface Field {
  readonly label: string;
  readonly value: string;
  readonly page: number;
}

/**
 * A personal-details row: "Name | Amira Khan", or two pairs side by side
 * ("Name | Amira Khan | Date of birth | 11/04/2015") when every other cell reads as a label.
 */
export function collectRowFields(cells: Table['rows'][number]['cells'], texts: readonly string[], page: number, out: Field[]): void {
  // A box of tick boxes keeps the option ticked ("☐ Draft ☒ Final" is "Final").
  const fields: FieldSink = { push: (...found: Field[]) => out.push(...found.map((f) => ({ ...f, value: tickedOption(f.value) ?? f.value }))) };
  if (cells.length >= 2 && collectLineByLine(cells, page, fields)) return;
  collectStackedFields(cells, page, fields);
  if (cells.length < 2) {
    const prefixed = texts[0] ? knownLabelPrefix(texts[0]) : null;
    if (prefixed) fields.push({ ...prefixed, page });
    return;
  }
  // A row of labels over the row of their values ("NAME | DATE OF BIRTH | YEAR GROUP") pairs nothing.
  if (cells.length >= 2 && texts.every(isFormLabel)) return;
  // Boxes holding their label over their value ("SCHOOL OR COLLEGE" / "Thornmoor Ridge Academy") were read above.
  const stacked = cells.some((c) => c.lines.length > 1 && isKnownLabel(c.lines[0]!));
  const valueFirst = stacked ? null : valueFirstPairs(texts);
  if (valueFirst) {
    for (const pair of valueFirst) fields.push({ ...pair, page });
    return;
  }
  // Captions run on after their values in one box ("04 Sep 2025 Issue date").
  const captioned = stacked || isKnownLabel(texts[0]!) ? [] : texts.map(knownLabelSuffix).filter((f) => f !== null);
  if (captioned.length > 0) {
    for (const pair of captioned) fields.push({ ...pair, page });
    return;
  }
  const labelLike = (i: number) => cells[i]!.bold || /:$/.test(texts[i]!) || countWords(texts[i]!) <= 5;
  const paired = cells.length >= 4 && cells.length % 2 === 0 && cells.every((_, i) => i % 2 === 1 || labelLike(i));
  if (paired) {
    for (let i = 0; i < cells.length; i += 2) fields.push({ label: texts[i]!, value: texts[i + 1]!, page });
    return;
  }
  fields.push({ label: texts[0]!, value: texts.slice(1).join(' '), page });
}

/** A details box this many rows deep or more may have a photo's place beside it. */
const MIN_ROWS_BESIDE_ASIDE = 3;

/**
 * The leftmost column of a label | value box when only one row has text in it ("Photo", a
 * picture's caption spanning the rows): that cell is beside the fields, not a label of its row.
 */
export function asideColumn(table: Table): number | null {
  if (table.rows.length < MIN_ROWS_BESIDE_ASIDE) return null;
  const first = Math.min(...table.rows.flatMap((r) => r.cells.map((c) => c.column)));
  const holding = table.rows.filter((r) => r.cells.some((c) => c.column === first));
  if (holding.length !== 1) return null;
  const row = holding[0]!;
  const cell = row.cells.find((c) => c.column === first)!;
  const othersPaired = table.rows.every((r) => r === row || r.cells.length === 2);
  return row.cells.length === 3 && othersPaired && countWords(cell.text) <= 3 && !isKnownLabel(cell.text) ? first : null;
}

const isKnownLabel = (text: string) => labelKey(normaliseText(text)) !== null;

/**
 * Values printed before their labels, as a web system's export may caption them ("Primrose
 * Marsden | Legal name | Primrose | Preferred name"). A caption that wraps right-aligned may
 * come apart into cells of its own ("educational need" | "Primary special"): the cells left,
 * in either order, are tried as one label.
 */
function valueFirstPairs(texts: readonly string[]): { label: string; value: string }[] | null {
  if (texts.length < 2 || isKnownLabel(texts[0]!) || !isKnownLabel(texts[1]!)) return null;
  const pairs: { label: string; value: string }[] = [];
  for (let i = 0; i < texts.length; i++) {
    const value = texts[i]!;
    if (isKnownLabel(value)) continue;
    const next = texts[i + 1];
    if (next !== undefined && isKnownLabel(next)) {
      pairs.push({ label: next, value });
      i++;
      continue;
    }
    const rest = texts.slice(i + 1);
    const joined = [rest.join(' '), [...rest].reverse().join(' ')].find((t) => rest.length > 1 && isKnownLabel(t));
    if (joined) pairs.push({ label: joined, value });
    break;
  }
  return pairs;
}

/**
 * Label | value rows the layout merged into one (a large initial printed between them, captions
 * stacked in one box): where a cell's lines are all labels, leaving aside a few capitals ("CY"),
 * and the cell beside it has as many lines and none of them a label, line pairs with line. The
 * values may stand before their labels (the cell on the left) or after them.
 */
function collectLineByLine(cells: Table['rows'][number]['cells'], page: number, fields: FieldSink): boolean {
  const lines = cells.map((c) => c.lines.map(normaliseText).filter((l) => !/^[A-Z]{1,3}$/.test(l)));
  // A row that opens with labels has its values on their right; one that opens with values, on their left.
  const labelsFirst = lines[0]!.length > 0 && lines[0]!.every(isKnownLabel);
  const valuesFor = (i: number) => [lines[labelsFirst ? i + 1 : i - 1]].find((v) => v !== undefined && v.length === lines[i]!.length && !v.some(isKnownLabel));
  let paired = false;
  lines.forEach((labels, i) => {
    if (labels.length < 2 || !labels.every(isKnownLabel)) return;
    const values = valuesFor(i);
    if (!values) return;
    labels.forEach((label, k) => fields.push({ label, value: values[k]!, page }));
    paired = true;
  });
  return paired;
}

/** The ticked option of a row of tick boxes ("☐ Yes ☒ No" is "No"); null where there are none. */
export function tickedOption(value: string): string | null {
  if (!/[☐☒☑□■✓✔]/.test(value)) return null;
  const ticked = /[☒☑■✓✔]\s*([^☐☒☑□■✓✔]+)/.exec(value);
  return ticked ? ticked[1]!.trim() : '';
}

/** Where fields go: a list, or one that cleans each value on the way in. */
type FieldSink = Pick<Field[], 'push'>;

/** What separates the pairs of a ribbon of details: a bar or a bullet between spaces. */
const RIBBON_SEPARATOR = /\s+[|•·]\s+/;

/**
 * "Date of birth: 21st July 2012"; a case system's codes and abbreviations too ("SEN2 primary
 * need:", "NHS no.:"); a schedule's numbered particulars ("3. Date of birth: ...").
 */
const LABEL_COLON_VALUE = /^(?:\d{1,2}[.)]\s+)?([A-Za-z][A-Za-z0-9 '’/().&-]{1,40}?)\s*:\s+(\S.*)$/;

/**
 * A form whose cells hold a label on its own line over the value ("NAME" / "Gabriel Bramwell"):
 * layout keeps label and value in one cell, so the cell's first line is the label.
 */
function collectStackedFields(cells: Table['rows'][number]['cells'], page: number, fields: FieldSink): void {
  for (const cell of cells) {
    // A box of "Label: value" lines (a sidebar of the plan's details): each line is a field.
    cell.lines.forEach((line, i) => {
      const labelled = LABEL_COLON_VALUE.exec(normaliseText(line));
      if (!labelled || labelKey(labelled[1]!) === null) return;
      // A value that wraps ("Millbeck Grange" / "High School") runs on to the next label.
      const more = cell.lines.slice(i + 1);
      const end = more.findIndex((l) => LABEL_COLON_VALUE.test(normaliseText(l)));
      const value = [labelled[2]!, ...more.slice(0, end < 0 ? more.length : end)].map(normaliseText).join(' ');
      fields.push({ label: labelled[1]!, value, page });
    });
    const [first, ...rest] = cell.lines;
    if (first === undefined || rest.length === 0 || !isKnownLabel(first)) continue;
    // A label that wraps ("My school" / "or college", "Plan agreed" / "on") is one label, no value.
    const value = normaliseText(rest.join(' '));
    if (/^[a-z]/.test(value) || isKnownLabel(cell.text) || isKnownLabel(value)) continue;
    // Two boxes the layout merged, a grid cell spanning their rows beside them ("DATE OF BIRTH" /
    // "14 December 2011" / "MAIN AREA OF NEED" / "Autism"): each known label takes the lines up to the next.
    for (const { label, lines } of stackedGroups(first, rest)) fields.push({ label: normaliseText(label), value: normaliseText(lines.join(' ')), page });
  }
}

function stackedGroups(first: string, rest: readonly string[]): { label: string; lines: string[] }[] {
  const groups = [{ label: first, lines: [] as string[] }];
  rest.forEach((line, i) => {
    const last = groups[groups.length - 1]!;
    // A label with nothing under it is the end of a wrapped value ("St Anne's Catholic Primary" / "School").
    if (last.lines.length > 0 && i < rest.length - 1 && isKnownLabel(line)) groups.push({ label: line, lines: [] });
    else last.lines.push(line);
  });
  return groups.filter((g) => g.lines.length > 0);
}

/**
 * "Name: Amira Khan", label and value in two fragments on one line, or a known label followed by
 * its value in one run ("Date of birth 11/04/2015") when the printed gap was too narrow to see.
 */
export function collectField(line: Line, fields: Field[]): void {
  if (line.fragments.length === 2) {
    const value = normaliseText(line.fragments[1]!.text);
    // "Child or young | person": one label in two runs, not a label and its value.
    if (!/^[a-z]/.test(value)) fields.push({ label: normaliseText(line.fragments[0]!.text), value, page: line.page });
    return;
  }
  const text = normaliseText(line.text);
  // A ribbon of details: "Name: Lyle Brocklehurst | Date of birth: 30-07-2008 | NC year: Year 13".
  const pairs = text.split(RIBBON_SEPARATOR).map((part) => LABEL_COLON_VALUE.exec(part));
  if (pairs.length > 1 && pairs.filter((m) => m !== null).length >= 2) {
    for (const m of pairs) if (m) fields.push({ label: m[1]!, value: m[2]!, page: line.page });
    return;
  }
  const m = LABEL_COLON_VALUE.exec(text);
  if (m) {
    fields.push({ label: m[1]!, value: m[2]!, page: line.page });
    return;
  }
  const prefixed = knownLabelPrefix(text);
  if (prefixed) fields.push({ ...prefixed, page: line.page });
}

/**
 * A form laid out across: a row of labels ("Name | Date of birth | Year group") over a row of
 * values, or a label cell with its value in the cell below.
 */
export function collectColumnFields(table: Table, fields: Field[]): void {
  for (let r = 0; r + 1 < table.rows.length; r++) {
    const labels = table.rows[r]!.cells;
    const values = table.rows[r + 1]!.cells;
    const known = labels.filter((c) => isKnownLabel(c.text));
    // Every cell of the row must be a label: "Name | Oliver" is a label beside its value. A row
    // of bold cells over plain ones, or of labels in capitals, is a row of labels even where
    // some are not ones we read ("HOME LANGUAGE").
    const labelRow = known.length === labels.length || (labels.every((c) => c.bold) && values.every((c) => !c.bold)) || (labels.length > 1 && labels.every((c) => isFormLabel(normaliseText(c.text))));
    if (known.length === 0 || !labelRow || (labels.length === 1 && values.length !== 1)) continue;
    if (values.some((c) => isKnownLabel(c.text))) continue;
    for (const label of known) {
      const value = values.find((c) => c.column === label.column);
      if (value) fields.push({ label: normaliseText(label.text), value: normaliseText(value.text), page: value.page });
    }
  }
}

/** A form's label: one we read, or a short one in capitals ("HOME LANGUAGE", "UPN"). */
function isFormLabel(text: string): boolean {
  if (labelKey(text) !== null) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && countWords(text) <= 6;
}

/** The longest run of up to seven opening words that is a known label, and the rest as its value. */
const labelKeyWordless = (text: string) => labelKey(text) === null && !/\b(?:name|birth|birthday|dob|year|ncy|need|school|setting|college|plan|date|issued|status|type|review|worker|officer|co-?ordinator|coordinator)\b/i.test(text);

/** A known label closing a short box after its value ("04 Sep 2025 Issue date"), in up to seven words. */
function knownLabelSuffix(text: string): { label: string; value: string } | null {
  const words = text.split(' ');
  if (words.length > 14 || words.length < 2 || labelKeyWordless(words.slice(-7).join(' '))) return null;
  for (let n = Math.min(7, words.length - 1); n >= 2; n--) {
    const label = words.slice(-n).join(' ');
    if (/^[A-Z]/.test(label) && labelKey(label)) return { label, value: words.slice(0, -n).join(' ') };
  }
  return null;
}

export function knownLabelPrefix(text: string): { label: string; value: string } | null {
  const words = text.split(' ');
  // Label and value lines are short; sentences of running text are not worth the regexes.
  // A label starts with a capital; a line in lower case carries on a sentence ("school activities under ...").
  if (words.length > 14 || words.length < 2 || !/^[A-Z]/.test(text) || labelKeyWordless(words.slice(0, 7).join(' '))) return null;
  for (let n = Math.min(7, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    if (labelKey(label)) return { label, value: words.slice(n).join(' ') };
  }
  return null;
}
