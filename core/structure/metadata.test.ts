import { describe, expect, it } from 'vitest';
import { labelKey } from './metadata';

describe('labelKey: personal-details labels as councils print them', () => {
  const labels: [string, ReturnType<typeof labelKey>][] = [
    ['Name', 'name'], ['Name of child or young person', 'name'], ['Child or young person', 'name'], ["Child's name:", 'name'], ['My name', 'name'],
    ['Date of birth', 'dateOfBirth'], ['D.O.B.', 'dateOfBirth'], ['DOB', 'dateOfBirth'], ['My birthday', 'dateOfBirth'],
    ['Current year group', 'yearGroup'], ['NC Year', 'yearGroup'], ['Yr Group', 'yearGroup'], ['NCY educated in', 'yearGroup'],
    ['National Curriculum Year (NCY) / Year group', 'yearGroup'], ['School year', 'yearGroup'],
    ['Primary need', 'primaryNeed'], ['Primary area of need', 'primaryNeed'], ['Primary SEN', 'primaryNeed'], ['Primary SEN / Secondary SEN', 'primaryNeed'],
    ['Main need', 'primaryNeed'],
    ['Current educational setting', 'setting'], ['Current Setting/School/College', 'setting'], ['Educational placement named in this EHC plan', 'setting'],
    ['Named setting', 'setting'], ['Name of school', 'setting'], ['School attended', 'setting'],
    ['Date of plan', 'planDate'], ['Date of Final Plan', 'planDate'], ['Date EHC plan agreed', 'planDate'], ['Date of issue', 'planDate'],
    ['Current plan date', 'planDate'], ['Amended with effect from', 'planDate'], ['Date of this plan', 'planDate'], ['Issued', 'planDate'],
    ['This plan is', 'planType'], ['My plan must be reviewed by', 'reviewDate'], ['My school or college', 'setting'], ['My main area of need', 'primaryNeed'],
    ['Status', 'planType'], ['Plan status', 'planType'], ['Final or Draft Plan?', 'planType'],
    ['Review date', 'reviewDate'], ['Date this plan will be reviewed by', 'reviewDate'],
    ['Surname', 'surname'], ['Forename(s)', 'forename'], ['First name', 'forename'],
    // A question set numbers its questions.
    ['1.1 Full legal name', 'name'], ['1.3 Date of birth', 'dateOfBirth'], ['1.4 National Curriculum year', 'yearGroup'],
    ['1.5 Primary need (SEN2 category)', 'primaryNeed'], ['1.8 Date plan issued', 'planDate'], ['Q4 Status', 'planType'],
    ['SEN Caseworker', 'caseworker'], ['EHC Case Worker', 'caseworker'], ['Lead professional', 'caseworker'],
    // Not the plan's own date, school or year: the first plan, the assessment's school, the age-based year.
    ['Date of issue of first EHC plan', null], ['Initial plan date', null], ['Educational placement during assessment', null],
    ['Chronological year group', null], ['Date of last review', null], ['Social Care Reference', null], ['Next key transition point', null],
    // A case system's header block and a word-processed form.
    ['SEN2 primary need', 'primaryNeed'], ['Born', 'dateOfBirth'], ['Workflow stage', 'planType'], ['Document status', 'planType'],
    ['Workflow history', null], ['First language', null],
    // Alternatives in words are each a label; a box's label read with its value is not one.
    ['SCHOOL OR COLLEGE', 'setting'], ['SCHOOL OR COLLEGE Hollinsford Weavers Academy', null],
    // A schedule's particulars and a post-16 plan's details.
    ['Principal special educational need', 'primaryNeed'], ['Principal type of special educational need', 'primaryNeed'],
    ['Educational establishment attended', 'setting'], ['Place of learning', 'setting'], ['Curriculum year', 'yearGroup'],
    ['Plan stage', 'planType'], ['To be reviewed no later than', 'reviewDate'], ['Next review by', 'reviewDate'],
    ['Officer responsible for this plan', 'caseworker'],
  ];
  it.each(labels)('%s → %s', (label, key) => expect(labelKey(label)).toBe(key));
});
