import type ExcelJS from 'exceljs';
import { type Rubric } from '../rubric';
import { LEVEL_FILL, LEVEL_WORD } from './levels';
import { type IdentifierMode } from './pseudonymise';
import { writeTable } from './workbook-style';

/** What the workbook says about identifiers, on its first sheet and in its guide. */
export function identifierStatement(mode: IdentifierMode): string {
  switch (mode) {
    case 'pseudonymised':
      return 'Pseudonymised: names of children and families, dates of birth, NHS numbers, UPNs, addresses, postcodes, phone numbers and e-mails are replaced by stable pseudonyms ("Child 123456", "Parent 123456-1") or placeholders ("[postcode]").';
    case 'identifiers':
      return 'INCLUDES IDENTIFIERS: names, dates of birth and contact details of children and families appear as the plans print them. Handle as personal data.';
  }
}

/** The Guide sheet: how to read the workbook, the rubric's criteria and its grading rule. */
export function addGuideSheet(workbook: ExcelJS.Workbook, rubric: Rubric, mode: IdentifierMode, about: readonly string[]): void {
  const sheet = workbook.addWorksheet('Guide');
  sheet.getColumn(1).width = 14;
  const lines: [string, string][] = [
    ['Rubric', `${rubric.title} (${rubric.id} ${rubric.version})`],
    ['Identifiers', identifierStatement(mode)],
    ...about.map((text, i): [string, string] => [i === 0 ? 'About' : '', text]),
    ['Grading rule', `Score = sum of weight × level (Met 2, Partly met 1, Not met 0) ÷ (2 × sum of weights), N/A left out. Inadequate: score below ${pct(rubric.grading.inadequate.scoreBelow)} or ${rubric.grading.inadequate.limitingNotMetAtLeast} or more limiting criteria not met. Requires improvement: score below ${pct(rubric.grading.requiresImprovement.scoreBelow)} or ${rubric.grading.requiresImprovement.limitingNotMetAtLeast} or more limiting criteria not met. Good: any criterion below Met. Outstanding: every criterion Met or N/A.`],
  ];
  lines.forEach(([label, text], i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = text;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getColumn(2).width = 60;
  let at = lines.length + 2;
  const legend = sheet.getRow(at);
  legend.getCell(1).value = 'Levels';
  legend.getCell(1).font = { bold: true };
  (Object.keys(LEVEL_WORD) as (keyof typeof LEVEL_WORD)[]).forEach((level, i) => {
    const cell = legend.getCell(i + 2);
    cell.value = LEVEL_WORD[level];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LEVEL_FILL[level] } };
  });
  at += 2;
  writeTable(sheet, [
    { header: 'Criterion', width: 14 }, { header: 'Section', width: 60 }, { header: 'Domain', width: 22 }, { header: 'Title', width: 36, wrap: true },
    { header: 'What met looks like', width: 70, wrap: true }, { header: 'Weight', width: 8 }, { header: 'Limiting', width: 9 },
  ], rubric.criteria.map((c) => [c.id, `${c.section}: ${rubric.sections[c.section] ?? ''}`, c.domain, c.title, c.met, c.weight, c.limiting ? 'Yes' : 'No']), at);
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
