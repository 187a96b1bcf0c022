import { type AreaOfNeed, type Line, type SectionId } from '../domain';
import { countWords, normaliseText } from '../text';
import { type Block, type Cell, opensItem, type Table } from './blocks';
import { type Heading, type HeadingCues, isEmphasised, LARGER, LONE_CODE, pairedCodes, readHeading, runsIntoSentence } from './headings';
import { isBareOutcomeLabel, isStepHeading, ItemCollector, opensOutcome } from './items';
import { ParagraphJoiner } from './paragraphs';
import { paragraphGap } from './spacing';
import { SectionBuilder } from './section-builder';
import { isSetApartLabel, isStrapline } from './set-apart-labels';
import { asideColumn, collectColumnFields, collectField, collectRowFields, type Field } from './fields';
import { labelKey } from './metadata';
import { headerTitle, MAX_HEADER_WORDS, rowLabelTarget, splitAtSectionHeaders, splitTargets } from './table-headers';
import { areaByOtherName, areaEnding, areaOf, type Context, contextOf, meaningOf } from './vocabulary';


export interface WalkResult {
  readonly builder: SectionBuilder;
  readonly items: ReturnType<ItemCollector['result']>;
  readonly fields: readonly Field[];
  /** Sections announced by a heading or a labelled table column (not merely mentioned). */
  readonly announced: ReadonlySet<SectionId>;
}

interface SplitLayout {
  readonly columnStarts: readonly number[];
  readonly targets: readonly SectionId[];
  /** Columns with a title of their own in the header row ("How often", "Who"). */
  readonly titled: ReadonlySet<number>;
  /** The passage each column last wrote, kept while the table runs on over pages. */
  readonly lastInColumn: Map<number, { id: SectionId; index: number; item: number | null; page: number; bulleted: boolean }>;
}

/** White space folded, characters kept: item text is quoted as evidence, so it must be the plan's. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();


/**
 * Walks the blocks in reading order and assigns every piece of text to a section: headings
 * switch the section, sub-headings "Needs"/"Provision"/"Outcomes" resolve combined parts
 * ("Section 3: Special educational needs and provision"), and tables whose header cells name
 * sections (B | F | E, C | G | E, D | H1 | H2 | E) send each column to its own section.
 */
export function walkBlocks(blocks: readonly Block[], bodyFontSize: number, sectionStyles: ReadonlySet<string> = new Set()): WalkResult {
  const builder = new SectionBuilder();
  const items = new ItemCollector();
  const fields: Field[] = [];
  const announced = new Set<SectionId>();
  let current: SectionId | null = null;
  let context: Context | null = null;
  /** The type size of the heading that set the context; null when a table or label set it. */
  let contextHeadingSize: number | null = null;
  let area: AreaOfNeed | null = null;
  // The style of the last sub-heading that named an area in other words ("Learning and
  // thinking"): a later sub-heading in that style naming none ("My senses and my body") ends it.
  let otherNameStyle: { readonly fontSize: number; readonly bold: boolean } | null = null;
  /** The sections a heading printed together ("Sections E and F"), while the walk is in them. */
  let together: readonly SectionId[] = [];
  let lastSplit: SplitLayout | null = null;
  /** The last row of a plain table: where each of its cells was written, for a row the page break split. */
  let lastRow: { section: SectionId | null; page: number; columnStarts: readonly number[]; cellPassages: Map<number, number> } | null = null;
  /** The section number of the first numbered area heading under B ("3" of "3.1 ..."). */
  let needsMajor: string | null = null;
  let headingLine: Line | null = null;
  // A label on a line of its own ("Date of birth") whose value is the next line.
  let pendingLabel: string | null = null;
  /** Boxes side by side (the plan's details beside the profile): where the profile's column starts. */
  let sidebar = null as { splitX: number; id: SectionId } | null;
  /** Under a heading of a part in no section ("Summary of changes"), not merely before the first section. */
  let inOutsidePart = false;
  /** The number of the part a lettered heading opened ("6.0 Outcomes (Section E)": "6"). */
  let letteredPartNumber: string | null = null;
  /**
   * Under the heading of sections printed together ("Health (Sections C and G)"), before any
   * sub-heading or table: the part's notes. Null when not in them; else the section the notes
   * have moved to, or the part's first section.
   */
  let partNotes: SectionId | null = null;

  /** A note about the provision ("The Integrated Care Board arranges the health care provision") is the provision section's, and so are the notes after it. */
  const noteTarget = (text: string): SectionId | null => {
    if (partNotes === null) return null;
    const provision = together.find((id) => id === 'F' || id === 'G' || id === 'H');
    if (provision && partNotes !== provision && PROVISION_NOTE.test(text) && !NEEDS_OR_OUTCOMES.test(text.replace(SEN, ''))) partNotes = provision;
    return partNotes;
  };

  const addText = (id: SectionId | null, text: string, page: number) => {
    builder.add(id, text, page, area);
    items.text(id, collapse(text), page, area);
  };
  /** A sub-heading inside a section: a passage marked as a heading, and the items' current heading. */
  const addHeading = (id: SectionId | null, text: string, page: number) => {
    partNotes = null;
    builder.add(id, text, page, area, true);
    items.heading(id, text);
  };
  const joiner = new ParagraphJoiner((text, page) => addText(noteTarget(text) ?? current, text, page), rightMargins(blocks), paragraphGap(blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : []))));

  /** Back to a section already opened, without a heading of its own. */
  const resume = (id: SectionId) => {
    current = id;
    context = contextOf(id) ?? context;
    contextHeadingSize = null;
  };

  const enter = (id: SectionId | null, title: string, page: number) => {
    if (id === null) {
      current = null;
      return;
    }
    builder.open(id, title, page);
    announced.add(id);
    inOutsidePart = false;
    resume(id);
  };

  const applyHeading = (heading: Heading, page: number) => {
    const { meaning } = heading;
    // A lettered part gives its number; a heading in the same part ("Steps towards this outcome")
    // keeps it; another part, or a numbered heading of its own, ends it.
    if (heading.lettered && meaning.kind === 'section') letteredPartNumber = partNumberOf(heading.title);
    else if (meaning.kind !== 'section' || meaning.ids[0] !== current || /^\d/.test(heading.title)) letteredPartNumber = null;
    switch (meaning.kind) {
      case 'outside':
        enter(null, heading.title, page);
        inOutsidePart = true;
        area = null;
        break;
      case 'section':
        if (meaning.ids[0] !== current) area = null;
        enter(meaning.ids[0], heading.title, page);
        // "Sections E and F": both parts are in the plan, printed together.
        for (const id of meaning.ids) announced.add(id);
        // A heading of one of them inside ("About the outcomes in this plan" in "Special
        // Educational Needs, Outcomes and Provision") keeps the part together.
        together = meaning.ids.length > 1 ? meaning.ids : together.includes(meaning.ids[0]) ? together : [];
        partNotes = meaning.ids.length > 1 ? meaning.ids[0] : null;
        break;
      case 'unknown':
        return;
    }
    lastSplit = null;
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'table') {
      headingLine = null;
      joiner.flush();
      partNotes = null;
      for (const part of splitAtSectionHeaders(block, context)) lastSplit = walkTable(part, lastSplit);
      continue;
    }
    const { line } = block;
    const labelOnly = normaliseText(line.text).replace(/:$/, '');
    if (pendingLabel && !labelKey(labelOnly)) fields.push({ label: pendingLabel, value: normaliseText(line.text), page: line.page });
    // A numbered line ("6. My school or college") is a heading or a contents entry, not a label;
    // a label starts with a capital: "school" alone is the end of a wrapped sentence.
    pendingLabel = line.fragments.length === 1 && countWords(labelOnly) <= 7 && /^[A-Z]/.test(labelOnly) && labelKey(labelOnly) ? labelOnly : null;
    collectField(line, fields);
    const text = normaliseText(line.text);
    if (sidebar) {
      // Beside a details box, its lines are in no section and the other column's are the box's
      // section; a line across both columns ends the boxes.
      const last = line.fragments[line.fragments.length - 1]!;
      const inDetails = line.x < sidebar.splitX - COLUMN_SLACK && last.x + last.width <= sidebar.splitX + COLUMN_SLACK;
      if (inDetails) {
        builder.add(null, text, line.page, area);
        continue;
      }
      if (line.x >= sidebar.splitX - COLUMN_SLACK) {
        if (current !== sidebar.id) {
          joiner.flush();
          resume(sidebar.id);
        }
        if (isSubHeading(line, text, bodyFontSize)) {
          joiner.flush();
          builder.add(current, text, line.page, area, true);
        } else joiner.push(line);
        continue;
      }
      sidebar = null;
    }
    // Area headings first: "Social, emotional and mental health" names an area, not section C.
    const single = line.fragments.length === 1;
    const anchored = single ? areaOf(text) : null;
    // A heading set larger than the one that gave the context is a part of its own, not one of
    // its sub-headings: "What I find hard" after "Help at home and in the community" is B, not D.
    const outranks = contextHeadingSize !== null && line.fontSize > contextHeadingSize * LARGER;
    const cues = { bodyFontSize, context: outranks ? null : context, sectionStyles };
    const read = anchored ? null : (readHeading(line, cues) ?? wrappedHeading(line, blocks[b + 1], cues));
    // A part's letter on a line of its own over its title ("A" / "2 About the child"): one heading.
    const lettered = read || anchored ? null : codeOverTitle(line, blocks[b + 1], cues);
    if (lettered) b++;
    // The tab's letter may have been taken as the last row of the table above ("... | First language" / "A").
    const tabbed = read || anchored || lettered ? null : codeRowOverTitle(blocks[b - 1], line, cues);
    const heading = listItemNamingASection(line, blocks[b + 1], bodyFontSize) ? null : (read ?? lettered ?? tabbed);
    // "6.1 Help with communication and interaction", "Outcomes: cognition and learning": the
    // area ends the heading. A heading that names a section still switches to it, in that area.
    const trailing = !anchored && single ? areaEnding(text) : null;
    const named = anchored ?? (trailing && (!heading || heading.meaning.kind === 'unknown') && isEmphasised(line, text, bodyFontSize) ? trailing : null);
    // A record's label on a line of its own, its text below ("Provision (F)" over the list): the
    // label heads the text in its section, within the area the record is in.
    const coded = single && isEmphasised(line, text, bodyFontSize) ? rowLabelTarget(text, { codedOnly: true }) : null;
    if (coded) {
      joiner.flush();
      headingLine = null;
      enterLabelled(coded, text, line.page);
      letteredPartNumber = partNumberOf(text);
      continue;
    }
    if (headingLine && continuesHeading(headingLine, line) && !heading?.lettered) {
      // A long heading wraps ("Section H1: ... for the child or" / "young person under 18 ...").
      if (current) builder.extendTitle(current, text);
      headingLine = line;
      continue;
    }
    // In a part holding two sections ("C / G  7 Health"), a numbered question naming one of them
    // ("7.2 What health provision is reasonably required?") moves there; it stays as text.
    const asked = !heading && single && together.length > 1 ? questionTarget(text, together, context) : null;
    if (asked && asked !== current) {
      joiner.flush();
      resumeOrEnter(asked, text, line.page);
    }
    // In a part whose heading gives its letter, a heading numbered under it without a letter
    // ("6.6 Health" in "6.0 Outcomes (Section E)") is one of the part's sub-headings.
    if (heading && heading.meaning.kind !== 'unknown' && isSubPartHeading(heading, letteredPartNumber)) {
      joiner.flush();
      addHeading(current, text, line.page);
      headingLine = null;
      continue;
    }
    if (heading && heading.meaning.kind !== 'unknown') {
      joiner.flush();
      applyHeading(heading, line.page);
      contextHeadingSize = line.fontSize;
      if (trailing && heading.meaning.kind === 'section') area = trailing;
      items.heading(current, line.text);
      headingLine = line;
      continue;
    }
    // A heading's strapline in small type ("Pathway 2 · Independent living" / "Looking after
    // myself, home and travel.") over the part's first sub-heading is part of the heading.
    headingLine = null;
    if (isStrapline(line, blocks[b - 1], blocks[b + 1], bodyFontSize)) {
      joiner.flush();
      addHeading(current, text, line.page);
      continue;
    }
    // A record table's row that layout left as a line: "Social care need (D)   No social care needs ...".
    const labelled = line.fragments.length === 2 ? rowLabelTarget(line.fragments[0]!.text) : null;
    if (labelled) {
      joiner.flush();
      enterLabelled(labelled, normaliseText(line.fragments[0]!.text), line.page);
      const value = line.fragments[1]!;
      joiner.push({ ...line, x: value.x, text: value.text, fragments: [value] });
      continue;
    }
    if (named) {
      joiner.flush();
      area = named;
      otherNameStyle = null;
      // In templates laid out by area of need, the area heading opens the needs part.
      // After a needs | provision | outcomes table, the next area's text is needs again.
      const afterSplit = (lastSplit as SplitLayout | null)?.targets.includes('B') ?? false;
      // Numbered templates run needs, outcomes and provision under each area ("3.1 Communication
      // and interaction" ... "3.2 Cognition and learning"): an area numbered like the first one
      // that opened the needs goes back to them.
      const major = /^(\d+)\.\d+\b/.exec(text)?.[1] ?? null;
      const backToNeeds = major !== null && major === needsMajor && current !== 'B';
      if (((current === null || current === 'A') && announced.size > 0) || afterSplit || backToNeeds || areaOpensNeeds()) enter('B', text, line.page);
      if (current === 'B' && major !== null) needsMajor ??= major;
      addHeading(current, text, line.page);
      continue;
    }
    if (isSubHeading(line, text, bodyFontSize) || isSetApartLabel(line, text, blocks[b - 1], blocks[b + 1], bodyFontSize)) {
      joiner.flush();
      // In sections printed together, a sub-heading naming one of them moves there ("Need 1", "Steps towards this outcome").
      const into = labelIn(text, together);
      if (into && into !== current) {
        enterLabelled(into, text, line.page);
        continue;
      }
      if (tagsAreas(current)) {
        const other = areaByOtherName(text);
        if (other) [area, otherNameStyle] = [other, { fontSize: line.fontSize, bold: line.bold }];
        else if (otherNameStyle && Math.abs(otherNameStyle.fontSize - line.fontSize) < 0.5 && otherNameStyle.bold === line.bold) [area, otherNameStyle] = [null, null];
      }
      addHeading(current, text, line.page);
      continue;
    }
    // A part of outcomes and provision together runs outcome, steps, "The help I will get:",
    // then the next outcome: a numbered outcome under the provision goes back to the outcomes.
    if ((current === 'F' || current === 'G' || current === 'H') && builder.has('E') && NUMBERED_OUTCOME.test(text)) {
      joiner.flush();
      resume('E');
    }
    joiner.push(line);
  }
  joiner.flush();
  return { builder, items: items.result(), fields, announced };

  function walkTable(table: Table, previous: SplitLayout | null): SplitLayout | null {
    const [header, ...body] = table.rows;
    if (!header) return previous;
    const targets = splitTargets(table, context);
    if (targets) {
      for (const id of new Set(targets)) {
        builder.open(id, headerTitle(table, targets, id), header.page);
        announced.add(id);
      }
      // Areas of need belong to education: a health or social care table is in none.
      if (!targets.some((t) => t === 'B' || t === 'F')) area = null;
      const layout: SplitLayout = { columnStarts: table.columnStarts, targets, titled: new Set(header.cells.map((c) => c.column)), lastInColumn: new Map() };
      sendColumns(body, layout);
      // Notes under a needs | provision | outcomes table are about its provision; a line under a
      // header with no rows yet ("What I'm good at: ..." or "Strengths in this area" across the
      // table) is about the area: its needs column, or else its first.
      const noRows = body.every((row) => row.cells.length === 1 && row.cells[0]!.bold && isLabelText(collapse(row.cells[0]!.text)));
      const after = noRows ? (targets.find((t) => t === 'B' || t === 'C' || t === 'D') ?? targets[0]!) : (targets.find((t) => t === 'F' || t === 'G' || t === 'H') ?? targets.find((t) => t !== 'E') ?? targets[0]!);
      current = after;
      context = contextOf(after) ?? context;
      return layout;
    }
    if (previous && sameLayout(previous.columnStarts, table.columnStarts)) {
      // A section's own heading printed as the table's last row ("Health (Sections C and G)")
      // ends the columns: it and the rows after it are read on their own.
      const end = table.rows.findIndex(isSectionHeadingRow);
      sendColumns(end < 0 ? table.rows : table.rows.slice(0, end), previous);
      if (end < 0) return previous;
      plainTable({ ...table, rows: table.rows.slice(end) });
      return null;
    }
    // The body of a header-only table, with an extra column start inside one of its columns
    // (steps indented under an outcome) or one column fewer: each column goes where the header's
    // column over it goes.
    const refitted = previous ? refittedLayout(previous, table.columnStarts) : null;
    if (refitted) {
      sendColumns(table.rows, refitted);
      current = refitted.targets.find((t) => t === 'F' || t === 'G' || t === 'H') ?? current;
      return previous;
    }
    plainTable(table);
    return null;
  }

  /** A row of one bold cell that is a section's lettered heading. */
  function isSectionHeadingRow(row: Table['rows'][number]): boolean {
    const [only] = row.cells;
    if (marginCodeOf(row)) return true;
    if (row.cells.length !== 1 || !only!.bold) return false;
    const heading = readHeading(asLine(collapse(only!.text), row.page, true, bodyFontSize), { bodyFontSize, context });
    return heading?.lettered === true && heading.meaning.kind === 'section';
  }

  function sendColumns(rows: Table['rows'], { targets, titled, lastInColumn }: SplitLayout) {
    // The passage each column last wrote, so a cell carried over a page joins its own column.
    // Columns already written on each page, as "column@page".
    const seenOnPage = new Set<string>();
    rows.forEach((row, r) => {
      // Only a page's first row can hold the rest of a cell from the page before.
      const firstOnPage = r === 0 || rows[r - 1]!.page !== row.page;
      const first = row.cells[0];
      const rowArea = first ? areaOf(first.text) : null;
      if (rowArea) area = rowArea;
      // Outcome columns that wrote in this row: a later one beside the outcome holds its steps.
      const outcomeColumns: number[] = [];
      // The provision item each section opened in this row: its other columns ("How often",
      // "Who", "Funding") say more of the same provision, not provision of their own.
      const rowItems = new Map<SectionId, { item: number; column: number }>();
      // Once a cell of the row opens an item, the row is a new one: the cells right of it are its own too.
      let opensRow = false;
      for (const cell of piecesInOrder(row.cells.filter((c) => !(rowArea && c === first)), targets)) {
        const id = targets[cell.column] ?? targets[targets.length - 1]!;
        const previous = lastInColumn.get(cell.column);
        // The first cell of a column on a new page, right after that column's last cell on the page before.
        const key = `${cell.column}@${cell.page}`;
        const overPage = firstOnPage && !opensRow && previous !== undefined && previous.page === cell.page - 1 && !seenOnPage.has(key);
        seenOnPage.add(key);
        // In a bulleted list, a line without a bullet is the rest of the item above it.
        const restOfItem = previous !== undefined && previous.bulleted && !cell.bulleted && !cell.bold;
        const opensOwnOutcome = id === 'E' && opensOutcome(collapse(cell.text));
        if (previous && previous.id === id && (overPage || previous.page === cell.page) && !cell.opensItem && !opensOwnOutcome && builder.continuePassage(id, previous.index, cell.text, cell.page, overPage || restOfItem)) {
          lastInColumn.set(cell.column, { ...previous, page: cell.page });
          // Beside another column of the same section, the column's own item carries on.
          if (previous.item !== null) items.continueProvisionAt(previous.item, collapse(cell.text));
          else if (previous.index === builder.lastIndex(id)) items.continueLast(id, collapse(cell.text));
          continue;
        }
        const stepHeading = cell.bold && isStepHeading(cell.text);
        builder.add(id, cell.text, cell.page, area, stepHeading);
        opensRow = true;
        // Only a column titled apart says more of the item: a list's items stay items of their own.
        const opened = rowItems.get(id);
        const listItem = cell.opensItem || cell.bulleted || opensItem(collapse(cell.text));
        const sameItem = opened && opened.column !== cell.column && titled.has(cell.column) && titled.has(opened.column) && !listItem ? opened.item : undefined;
        if (stepHeading) items.heading(id, cell.text);
        else if (id === 'E' && outcomeColumns.some((c) => c < cell.column) && !NUMBERED_OUTCOME.test(collapse(cell.text))) items.step(collapse(cell.text));
        else if (sameItem !== undefined) items.continueProvisionAt(sameItem, collapse(cell.text));
        else items.text(id, collapse(cell.text), cell.page, area);
        if (id === 'E' && !stepHeading) outcomeColumns.push(cell.column);
        const item = !stepHeading && (id === 'F' || id === 'G' || id === 'H') ? (sameItem ?? items.lastProvisionIndex()) : null;
        if (item !== null && !rowItems.has(id)) rowItems.set(id, { item, column: cell.column });
        lastInColumn.set(cell.column, { id, index: builder.lastIndex(id), item, page: cell.page, bulleted: cell.bulleted });
      }
    });
  }

  function plainTable(table: Table) {
    collectColumnFields(table, fields);
    const boxes = sidebarLayout(table, context);
    if (boxes) {
      sidebarTable(table, boxes);
      return;
    }
    // More rows of the boxes, after lines between them.
    if (sidebar && table.columnStarts.length === 2 && Math.abs(table.columnStarts[1]! - sidebar.splitX) < COLUMN_SLACK) {
      sidebarTable(table, { column: 1, id: sidebar.id }, false);
      return;
    }
    // In sections printed together, a table headed by one of them ("Provision | Frequency |
    // Delivered by", "Outcome | By when", "Item | Health care provision") is in that one.
    // A report engine's grid prints each cell's label over its value ("Outcome" over the outcome).
    const head = table.rows[0];
    const headLabels = !head || head.cells.length < 2 ? null
      : head.cells.every((c) => c.bold) ? head.cells.map((c) => collapse(c.text))
        : together.length > 1 && labelsOverValues(head) ? head.cells.map((c) => normaliseText(c.lines[0]!))
          : null;
    const headed = headLabels?.map((label) => ({ label, id: labelIn(label, together) })).find((c) => c.id !== null);
    if (headed && headed.id !== current) resumeOrEnter(headed.id!, headed.label, head!.page);
    const routed: SectionId[] = [];
    const aside = asideColumn(table);
    table.rows.forEach((row, index) => {
      const texts = together.length > 1 && labelsOverValues(row) ? [gridRowText(row)] : row.cells.map((c) => collapse(c.text));
      const opensPage = index === 0 || table.rows[index - 1]!.page < row.page;
      // A section's title row with its letter in a cell of its own ("A | Views, Interests and
      // Aspirations"), even at the top of a page; or a bold letter in the margin over the part's
      // title, beside the part's note ("F Special educational provision" | "This part sets out ...").
      // Two letters in the cell ("C / G | 7 Health"): the part holds both sections, the first opens.
      const pair = row.cells.length === 2 ? pairedCodes(texts[0]!) : null;
      if (pair && isTitleText(texts[1]!)) {
        applyHeading({ meaning: { kind: 'section', ids: pair }, title: `${texts[0]} ${texts[1]}`, lettered: true }, row.page);
        lastRow = null;
        return;
      }
      const code = row.cells.length === 2 ? LONE_CODE.exec(texts[0]!.trim()) : null;
      const marginCode = code ? null : marginCodeOf(row);
      if ((code && isTitleText(texts[1]!)) || marginCode) {
        const id = (code ?? marginCode)![1]![0]! as SectionId;
        if (id !== current) area = null;
        enter(id, code ? `${texts[0]} ${texts[1]}` : texts[0]!, row.page);
        lastRow = null;
        return;
      }
      if (opensPage && row.cells.length > 1 && carriesOverPage(row, table)) return;
      // A grid row read as one text keeps its cells; a photo's place beside the fields is left out.
      const inFields = aside !== null && texts.length === row.cells.length
        ? row.cells.map((cell, i) => ({ cell, text: texts[i]! })).filter(({ cell }) => cell.column !== aside)
        : null;
      collectRowFields(inFields ? inFields.map((f) => f.cell) : row.cells, inFields ? inFields.map((f) => f.text) : texts, row.page, fields);
      // The first row of short or bold cells heads the table; further down, a row of bold labels
      // heads the boxes below it ("How best to support me | My hopes and dreams").
      const isHeader = row.cells.length > 1 && (index === 0
        ? table.rows.length > 1 && row.cells.every((c) => (c.bold && countWords(c.text) <= MAX_HEADER_WORDS) || countWords(c.text) <= 4)
        : row.cells.every((c) => c.bold && isLabelText(collapse(c.text))));
      // In sections printed together, a header row further down naming one of them ("Outcome |
      // By when", after the health provision's rows) starts that one's rows.
      const headerNames = isHeader && index > 0 ? labelIn(texts[0]!, together) : null;
      if (headerNames && headerNames !== current) resumeOrEnter(headerNames, texts[0]!, row.page);
      // In an outcomes table, a row with text only in a later column ("Steps towards it") is one
      // more step of the outcome above, or the rest of its last step.
      if (current === 'E' && row.cells.length === 1 && row.cells[0]!.column > 0 && lastRow?.section === 'E') {
        items.laterColumn(texts[0]!, row.page, area);
        builder.add(current, row.cells[0]!.text, row.page, area, row.cells[0]!.bold && isBareOutcomeLabel(texts[0]!));
        return;
      }
      if (row.cells.length === 1) {
        const only = texts[0]!;
        const heading = readHeading(asLine(only, row.page, row.cells[0]!.bold, bodyFontSize), { bodyFontSize, context });
        // A lettered title row switches section anywhere; a title row by meaning only where it
        // heads the table or its page ("My one-page profile" over the profile's boxes).
        const titleRow = index === 0 || table.rows[index - 1]!.page < row.page;
        if (heading && heading.meaning.kind === 'section' && (heading.lettered || (titleRow && row.cells[0]!.bold))) {
          enter(heading.meaning.ids[0], heading.title, row.page);
          return;
        }
        // A row across the table naming an area ("COGNITION AND LEARNING") or a theme ("HEALTH",
        // "PREPARING FOR ADULTHOOD") heads the rows below it; it is not an outcome or provision.
        const bold = row.cells[0]!.bold;
        const rowArea = areaOf(only) ?? (bold ? areaEnding(only) ?? (tagsAreas(current) ? areaByOtherName(only) : null) : null);
        if (rowArea || isCapitalisedLabel(only)) {
          if (rowArea) area = rowArea;
          // A bold area heading the layout glued under a provision grid opens the next area's needs.
          if (rowArea && bold && areaOpensNeeds()) enter('B', only, row.page);
          addHeading(current, only, row.page);
          return;
        }
        // A bold label across the table ("What my family say") heads the rows below it; in
        // sections printed together, in the one it names ("Need 2", "Steps towards this outcome").
        // The layout may glue the label and the title below it into one row ("Need 3 (Cognition
        // and Learning)" over "Working memory and processing speed"): its first line names it.
        const firstLine = collapse(row.cells[0]!.lines[0] ?? only);
        const label = bold ? [only, firstLine].find((t) => isLabelText(t)) : undefined;
        if (label !== undefined) {
          const into = labelIn(label, together);
          if (into && into !== current) {
            enterLabelled(into, only, row.page);
            lastRow = null;
            return;
          }
          if (label === only) {
            addHeading(current, only, row.page);
            return;
          }
        }
        // A cell carried over a page break ("by staff.") ends the row above.
        if (/^[a-z]/.test(only) && (index === 0 || table.rows[index - 1]!.page < row.page)) {
          const [rest, ...more] = row.cells[0]!.pieces.map((piece) => collapse(piece.text));
          const last = current ? builder.lastIndex(current) : -1;
          if (!(current && last >= 0 && builder.continuePassage(current, last, rest!, row.page, true))) builder.add(current, rest!, row.page, area);
          items.continueLast(current, rest!);
          // List items after the carried-over end of the last one are items of their own.
          for (const text of more) addText(current, text, row.page);
          return;
        }
      }
      // Outside the plan's sections (a summary of changes: "Section A – About me | what changed")
      // only a label's own code ("Need (B)") routes its row.
      // An area or theme beside an outcome's label ("Health | Outcome 10") stays in the outcomes.
      const besideOutcome = current === 'E' && texts.slice(1).some(isBareOutcomeLabel);
      // Before the first section, a case system's record whose bold margin cell names the section
      // beside its text ("Section A: Views, interests & aspirations" | "Background ...") opens it.
      const ledgerRow = current === null && !inOutsidePart && row.cells.length === 2 && row.cells[0]!.bold && row.cells[0]!.column === 0 && countWords(texts[1]!) >= 6;
      const labelled = row.cells.length > 1 && !besideOutcome ? rowLabelTarget(texts[0]!, { codedOnly: current === null && !ledgerRow }) : null;
      if (labelled) {
        labelledRow(labelled, row, texts[0]!);
        routed.push(labelled);
        return;
      }
      // A label | text form: the short label beside a sentence is that text's sub-heading
      // ("Strengths | Barnaby can name when he feels worried ...").
      const labelBeside = !isHeader && row.cells.length === 2 && row.cells[0]!.column === 0 && isLabelText(texts[0]!) && countWords(texts[1]!) >= 6;
      // In sections printed together, the label says which of them the row is in ("Outcome 1",
      // "Steps" | the outcome's; "Provision" | the provision's).
      const labelNames = together.length > 1 && row.cells.length === 2 ? labelIn(texts[0]!, together) : null;
      const partOfRow = labelBeside ? labelNames : null;
      if (partOfRow && partOfRow !== current) resume(partOfRow);
      // There, a label and a title naming neither ("Need | Composition and handwriting", "Theme |
      // Independent living") head the rows below them.
      if (together.length > 1 && row.cells.length === 2 && labelNames === null && texts.every((t) => isLabelText(t))) {
        addHeading(current, texts.join(': '), row.page);
        lastRow = null;
        return;
      }
      const cellPassages = new Map<number, number>();
      for (const cell of row.cells) {
        builder.add(current, cell.text, cell.page, area, isHeader || (labelBeside && cell === row.cells[0]));
        if (current) cellPassages.set(cell.column, builder.lastIndex(current));
      }
      // An area beside an outcome's label ("Cognition and learning | Outcome 1"), its text below.
      const outcomeLabel = isHeader && index > 0 && current === 'E' ? texts.find(isBareOutcomeLabel) : undefined;
      if (outcomeLabel) items.outcomeLabel(outcomeLabel, row.page, area);
      else if (isHeader) items.heading(current, texts.join(' '));
      // A label that only names the section ("Provision") is not part of the item.
      else items.row(current, partOfRow && partOfRow !== 'E' ? texts.slice(1) : texts, row.page, area);
      lastRow = { section: current, page: row.page, columnStarts: table.columnStarts, cellPassages };
    });
    // Notes under a record table are about its provision, as under a table of columns.
    if (routed.length > 0) current = [...routed].reverse().find((id) => id === 'F' || id === 'G' || id === 'H') ?? routed[routed.length - 1]!;
  }

  /**
   * A row whose label names its section ("Provision (F)" | the provision): the label heads the
   * text beside it there, each list item on its own, and the walk stays in that section so a
   * cell the page break split carries on where it belongs.
   */
  function labelledRow(id: SectionId, row: Table['rows'][number], label: string) {
    enterLabelled(id, label, row.page);
    for (const cell of row.cells.slice(1)) {
      // The text may open on the area it is about ("Area of need: Communication and interaction",
      // "Provision – Cognition and learning") or on a bold title ("Background and family history",
      // "Other social care provision reasonably required"): that line heads the rest, in its area.
      const first = collapse(cell.lines[0] ?? '');
      const titleLike = isTitleText(first) && countWords(first) <= 16;
      const lineArea = titleLike && tagsAreas(id) ? (areaOf(first) ?? areaEnding(first)) : null;
      const pieces = cell.pieces.map((p) => collapse(p.text));
      if (titleLike && (lineArea !== null || cell.boldLines[0] === true) && pieces[0]?.startsWith(first)) {
        if (lineArea) area = lineArea;
        addHeading(id, first, cell.page);
        pieces[0] = pieces[0].slice(first.length).trim();
      }
      for (const text of pieces) if (text !== '') addText(id, text, cell.page);
    }
    lastRow = null;
  }

  /**
   * A page of two boxes side by side, the plan's details beside the child's profile ("About this
   * plan | A little about me"): the details column is in no section, the other is its section.
   */
  function sidebarTable(table: Table, { column, id }: { column: number; id: SectionId }, titled = true) {
    const [header] = table.rows;
    if (titled) enter(id, normaliseText(header!.cells.find((c) => c.column === column)!.lines[0]!), header!.page);
    sidebar = { splitX: table.columnStarts[column]!, id };
    const lastPassage = new Map<number, number>();
    // The details box is read as one cell: a value that wraps onto the next row carries on
    // its label's line ("School or college: St Hilda's" / "Church of England Primary School").
    const details = table.rows.flatMap((row) => row.cells.filter((c) => c.column !== column));
    if (details[0]) {
      const lines = details.flatMap((c) => c.lines);
      collectRowFields([{ ...details[0], lines, text: lines.join(' ') }], [collapse(lines.join(' '))], details[0].page, fields);
    }
    table.rows.forEach((row, index) => {
      for (const cell of row.cells) {
        const target = cell.column === column ? id : null;
        // The header's own words are the boxes' titles.
        const offset = index === 0 && titled ? 1 : 0;
        if (offset === 1) builder.add(target, normaliseText(cell.lines[0]!), cell.page, area, true);
        const lines = cell.lines.slice(offset);
        if (lines.length === 0) continue;
        // A bold title line over plain text is the box's sub-heading ("How I communicate").
        if (target && cell.boldLines[offset] && !cell.boldLines[offset + 1] && isLabelText(normaliseText(lines[0]!))) {
          builder.add(target, normaliseText(lines.shift()!), cell.page, area, true);
          lastPassage.delete(cell.column);
          if (lines.length === 0) continue;
        }
        // Loosely spaced boxes put every wrapped line in a row of its own: a line that carries
        // on the sentence above joins it.
        const text = lines.join(' ');
        const before = target ? lastPassage.get(cell.column) : undefined;
        if (target && before === builder.lastIndex(target) && builder.continuePassage(target, before, text, cell.page)) continue;
        addText(target, text, cell.page);
        if (target) lastPassage.set(cell.column, builder.lastIndex(target));
      }
    });
    lastRow = null;
  }

  /** In a part of needs, outcomes and provision together, each area opens with its needs. */
  function areaOpensNeeds(): boolean {
    return together.includes('B') && current !== 'B';
  }

  /** Back to a section already open, or open it: a label or header names it, not a heading. */
  function resumeOrEnter(id: SectionId, title: string, page: number) {
    if (builder.has(id)) resume(id);
    else enter(id, title, page);
  }

  /** A label naming its section by letter heads the text beside it there. */
  function enterLabelled(id: SectionId, label: string, page: number) {
    // Only the first label opens the section: later ones ("Need (B)" again) are its sub-headings.
    if (builder.has(id)) announced.add(id);
    resumeOrEnter(id, label, page);
    addHeading(id, label, page);
  }

  /**
   * The first row of a table at the top of a page that carries on the last row of the same
   * table on the page before (a row split by the page break): each cell joins its column's
   * passage when it carries on its sentence, and the row's text joins the item it continues.
   */
  function carriesOverPage(row: Table['rows'][number], table: Table): boolean {
    const before = lastRow;
    // Outcome tables keep their own row logic: a carried-over outcome is not its last step.
    if (!before || !current || current === 'E' || before.section !== current || row.page !== before.page + 1 || !sameLayout(before.columnStarts, table.columnStarts)) return false;
    // A label | text row that opens with its own label ("Outcome 2 | ...") is a new row.
    const label = row.cells[0]!.column === 0 ? collapse(row.cells[0]!.text) : '';
    if (row.cells.length === 2 && /^[A-Z]/.test(label) && isLabelText(label)) return false;
    const joins = row.cells.filter((cell) => {
      const index = before.cellPassages.get(cell.column);
      return index !== undefined && builder.continuePassage(current!, index, cell.text, cell.page, true);
    });
    if (joins.length === 0) return false;
    for (const cell of row.cells) if (!joins.includes(cell)) builder.add(current, cell.text, cell.page, area);
    items.continueLast(current, collapse(row.cells.map((c) => c.text).join(' ')));
    return true;
  }
}

/** "6.0 Outcomes (Section E)", "Section 6: Outcomes", "6. Outcomes": the part's number. */
function partNumberOf(title: string): string | null {
  return /^(?:(?:section|part)\s+)?(\d{1,2})(?:\.0)?(?=[.:)\s–-])/i.exec(title)?.[1] ?? null;
}

/** A heading with no letter numbered under the lettered part's number ("6.6 Health" under "6.0"). */
function isSubPartHeading(heading: Heading, partNumber: string | null): boolean {
  if (partNumber === null || heading.lettered) return false;
  const sub = /^(\d{1,2})\.([1-9]\d?)\b/.exec(heading.title);
  return sub !== null && sub[1] === partNumber;
}

/** A part's note names provision, and not the part's needs or outcomes, to be the provision section's. */
const PROVISION_NOTE = /\bprovision\b/i;
const NEEDS_OR_OUTCOMES = /\b(?:needs|outcomes)\b/i;
/** The statute's name for what the plan is about, not a part's needs. */
const SEN = /\bspecial educational needs\b/gi;

/** "Outcome 2.", "Outcome 11:", "Outcome 8 (employment)", "Goal 3:": an outcome opening with its number. */
const NUMBERED_OUTCOME = /^(?:outcome|goal)\s*\d{1,2}\s*(?:[.:)–-]\s|\()/i;

/**
 * Two boxes side by side under titles on their first lines, one in no section ("About this plan",
 * "My details") and one naming its section ("A little about me"): which column is the section's.
 */
function sidebarLayout(table: Table, context: Context | null): { column: number; id: SectionId } | null {
  const header = table.rows[0];
  if (!header || header.cells.length !== 2 || table.rows.length < 2) return null;
  const meanings = header.cells.map((c) => meaningOf(normaliseText(c.lines[0] ?? ''), context));
  const own = meanings.findIndex((m) => m.kind === 'section');
  const other = meanings.findIndex((m) => m.kind === 'outside');
  const meaning = meanings[own];
  // The lines between the boxes are sorted by where they start, so the details must be on the left.
  if (own < 0 || other < 0 || own < other || meaning?.kind !== 'section' || meaning.ids.length !== 1) return null;
  return { column: header.cells[own]!.column, id: meaning.ids[0] };
}

/** Areas of need by other names are read only where the areas lie: needs, outcomes, provision. */
const tagsAreas = (id: SectionId | null) => id === 'B' || id === 'E' || id === 'F';

/** Every cell of the row is a bold label line over plain lines of its value. */
function labelsOverValues(row: Table['rows'][number]): boolean {
  return row.cells.length > 1 && row.cells.every((c) => c.lines.length > 1 && c.boldLines[0] === true && !c.boldLines.slice(1).some(Boolean));
}

/** A report grid's row as one item: the first cell's value, then the others as "By when: July 2027". */
function gridRowText(row: Table['rows'][number]): string {
  return row.cells.map((c, i) => {
    const value = collapse(c.lines.slice(1).join(' '));
    return i === 0 ? value : `${normaliseText(c.lines[0]!)}: ${value}`;
  }).join(' ');
}

/** The section letter a row's bold margin cell opens with, over the part's title ("F" / "Special educational provision"). */
function marginCodeOf(row: Table['rows'][number]): RegExpExecArray | null {
  const [margin] = row.cells;
  if (row.cells.length !== 2 || !margin!.bold || margin!.column !== 0 || margin!.lines.length < 1) return null;
  return LONE_CODE.exec(normaliseText(margin!.lines[0]!));
}

/** The one of the sections printed together that a row's label names ("Provision" in "Sections E and F"). */
function labelIn(label: string, together: readonly SectionId[]): SectionId | null {
  if (together.length < 2) return null;
  const meaning = meaningOf(label.replace(/\s*\d+[.:]?$/, ''), contextOf(together[0]!));
  // Outcomes are E's wherever they are printed ("Outcome 9" in a health part of C and G).
  return meaning.kind === 'section' && (together.includes(meaning.ids[0]) || meaning.ids[0] === 'E') ? meaning.ids[0] : null;
}

/** How far a line may start or end past a column's edge and still be in the column. */
const COLUMN_SLACK = 6;

/** A title, not a sentence: a heading's few words. */
function isTitleText(text: string): boolean {
  const words = countWords(text);
  return words > 0 && words <= 22 && !/[.;]$/.test(text) && !runsIntoSentence(text);
}

/** A box's label rather than its content: a few words, not a sentence. */
function isLabelText(text: string): boolean {
  const words = countWords(text);
  return words > 0 && words <= 8 && !/[.,;!?]$/.test(text);
}

/**
 * A row's cells as items: a cell holding several list items or outcomes gives each its own
 * entry. Outcomes and their steps sit in columns side by side, so the pieces bound for E are
 * taken top to bottom ("Outcome 5", its steps, "Outcome 6"); other sections keep column order.
 */
function piecesInOrder(cells: readonly Cell[], targets: readonly SectionId[]) {
  const targetOf = (cell: Cell) => targets[cell.column] ?? targets[targets.length - 1]!;
  const expanded = cells.flatMap((cell) => cell.pieces.length > 1
    ? cell.pieces.map((piece, i) => ({ ...cell, text: piece.text, y: piece.y, bulleted: cell.bulleted || i > 0, opensItem: i > 0 }))
    : [{ ...cell, y: cell.pieces[0]?.y ?? 0, opensItem: false }]);
  const slots = expanded.flatMap((piece, i) => (targetOf(piece) === 'E' ? [i] : []));
  const outcomes = slots.map((i) => expanded[i]!).sort((a, b) => a.y - b.y || a.column - b.column);
  slots.forEach((slot, k) => (expanded[slot] = outcomes[k]!));
  return expanded;
}

/** "HEALTH", "SOCIAL CARE": a short line in capitals, a label rather than a sentence. */
function isCapitalisedLabel(text: string): boolean {
  return countWords(text) <= 6 && /[A-Z]{3}/.test(text) && text === text.toUpperCase() && !/[.!?]$/.test(text);
}

/** The right edge of the text on each page: a paragraph's last line stops short of it. */
function rightMargins(blocks: readonly Block[]): Map<number, number> {
  const edges = new Map<number, number>();
  for (const block of blocks) {
    if (block.kind !== 'line') continue;
    const last = block.line.fragments[block.line.fragments.length - 1]!;
    const right = last.x + last.width;
    edges.set(block.line.page, Math.max(edges.get(block.line.page) ?? 0, right));
  }
  return edges;
}

/**
 * A heading whose words only say what it is once it wraps ("5.5 Care and support for a disabled
 * child (section 2 of the Chronically" / "Sick and Disabled Persons Act 1970)"): read both lines
 * as one. The title is the first line's; the walk adds the next line to it as it comes.
 */
function wrappedHeading(line: Line, next: Block | undefined, cues: HeadingCues): Heading | null {
  if (next?.kind !== 'line' || line.fragments.length !== 1 || !continuesHeading(line, next.line)) return null;
  const text = `${line.text} ${next.line.text}`;
  const heading = readHeading({ ...line, text, fragments: [{ ...line.fragments[0]!, text }] }, cues);
  return heading && heading.meaning.kind !== 'unknown' ? { ...heading, title: normaliseText(line.text) } : null;
}

/**
 * A tab's letter printed a little above its part's title, on a line of its own ("A" over "2 About
 * the child or young person", "C / G" over "7 Health"): read as the letter in a cell beside the title.
 */
function codeOverTitle(line: Line, next: Block | undefined, cues: HeadingCues): Heading | null {
  if (next?.kind !== 'line' || line.fragments.length !== 1 || next.line.fragments.length !== 1 || next.line.x <= line.x) return null;
  return headingBesideCode(line.fragments[0]!, line.page, next.line, cues);
}

/** The same tab's letter when layout took it as the last row of the table above ("... | First language" / "A"). */
function codeRowOverTitle(previous: Block | undefined, line: Line, cues: HeadingCues): Heading | null {
  if (previous?.kind !== 'table' || line.fragments.length !== 1) return null;
  const last = previous.rows[previous.rows.length - 1]!;
  const cell = last.cells.length === 1 ? last.cells[0]! : null;
  if (!cell || !cell.bold) return null;
  const code = { text: normaliseText(cell.text), x: previous.columnStarts[cell.column] ?? line.x, y: cell.pieces[0]?.y ?? line.y, width: 1, fontSize: line.fontSize, bold: true, runs: [] };
  return headingBesideCode(code, last.page, line, cues);
}

/** A code ("A", "C / G") just above a title on its page, read as a heading of the two cells side by side. */
function headingBesideCode(code: Line['fragments'][number], page: number, title: Line, cues: HeadingCues): Heading | null {
  const text = normaliseText(code.text);
  const gap = title.y - code.y;
  if (page !== title.page || (!LONE_CODE.test(text) && !pairedCodes(text)) || gap <= 0 || gap > 1.8 * code.fontSize) return null;
  const heading = readHeading({ ...title, text: `${text}  ${title.text}`, fragments: [code, title.fragments[0]!] }, cues);
  return heading && heading.meaning.kind !== 'unknown' ? heading : null;
}

/**
 * A bulleted line in body type that names a section and wraps, under its own text, into a full
 * stop: an item of a list of what changed ("• Section B: Needs rewritten using the school's most
 * recent assessments and the reports received since the" / "last review."), not the section's
 * heading. A contents list's or a template's bulleted heading is set apart, or ends on its line.
 */
function listItemNamingASection(line: Line, next: Block | undefined, bodyFontSize: number): boolean {
  const text = normaliseText(line.text);
  if (!/^[•▪■‣◦]/.test(text) || isEmphasised(line, text, bodyFontSize) || next?.kind !== 'line') return false;
  const after = next.line;
  const close = after.page === line.page && after.y > line.y && after.y - line.y <= 1.8 * line.fontSize;
  return close && after.fragments.length === 1 && Math.abs(after.fontSize - line.fontSize) < 0.6 && after.x > line.x && /[.!?]["”’)]?$/.test(normaliseText(after.text));
}

/** The next line of a wrapped heading: same type, right below, on the same page. */
function continuesHeading(heading: Line, line: Line): boolean {
  return line.page === heading.page
    && line.fragments.length === 1
    && Math.abs(line.fontSize - heading.fontSize) < 0.6
    && line.bold === heading.bold
    && line.y - heading.y > 0
    && line.y - heading.y <= 1.8 * heading.fontSize
    && !/[.:]$/.test(normaliseText(heading.text));
}

/**
 * The header's layout over a table that has every header column plus starts inside them, or
 * only some of the header's columns: each column takes the section of the header column it sits
 * in. Null otherwise, or if a column starts left of the table.
 */
function refittedLayout(header: SplitLayout, starts: readonly number[]): SplitLayout | null {
  const near = (list: readonly number[]) => (x: number) => list.some((s) => Math.abs(s - x) < 12);
  // Wider: an extra start inside a column (steps indented); narrower: a page of rows that leaves
  // a column empty (no steps column), every start still one of the header's.
  const widened = starts.length > header.columnStarts.length && header.columnStarts.every(near(starts));
  const narrowed = starts.length >= 2 && starts.length < header.columnStarts.length && starts.every(near(header.columnStarts));
  if (!(widened || narrowed) || starts[0]! < header.columnStarts[0]! - 12) return null;
  const headerColumnOf = (x: number) => header.columnStarts.reduce((found, start, i) => (start <= x + 12 ? i : found), 0);
  // A column keeps its title only where it starts where the titled header column does.
  const columns = starts.map(headerColumnOf);
  const titled = new Set(starts.flatMap((x, i) => (header.titled.has(columns[i]!) && near([header.columnStarts[columns[i]!]!])(x) ? [i] : [])));
  return { columnStarts: starts, targets: columns.map((c) => header.targets[c]!), titled, lastInColumn: new Map() };
}

const sameLayout = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < 12);

function isSubHeading(line: Line, text: string, bodyFontSize: number): boolean {
  const words = countWords(text);
  return line.fragments.length === 1 && words > 0 && words <= 8 && !/[.,;]$/.test(text) && isEmphasised(line, text, bodyFontSize);
}

function asLine(text: string, page: number, bold: boolean, fontSize: number): Line {
  return { page, y: 0, x: 0, text, fontSize, bold, fragments: [{ text, x: 0, y: 0, width: 0, fontSize, bold, runs: [{ text, x: 0, width: 0 }] }] };
}

const NUMBERED_QUESTION = /^\d{1,2}\.\d{1,2}\s+(\S.*)$/;

/** The section of those printed together that a numbered question or sub-heading names, if any. */
function questionTarget(text: string, together: readonly SectionId[], context: Context | null): SectionId | null {
  const m = NUMBERED_QUESTION.exec(text);
  if (!m || !(m[1]!.endsWith('?') || countWords(m[1]!) <= 12)) return null;
  const meaning = meaningOf(m[1]!, context);
  return meaning.kind === 'section' && together.includes(meaning.ids[0]) ? meaning.ids[0] : null;
}
