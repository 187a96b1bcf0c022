// Agreement statistics for moderation panels: pure functions over an items × raters matrix.
export { type RatingMatrix, type RatingValue } from './matrix';
export { itemAgreement, percentAgreement } from './percent';
export { cohenKappa, kappaFromTable, pairRatings, type CohenOptions, type KappaWeights } from './cohen';
export { fleissFromCounts, fleissKappa, type FleissResult } from './fleiss';
export { coincidences, krippendorffAlpha, type AlphaMetric, type Coincidences } from './krippendorff';
export { levelMatrix, levelValue, RUBRIC_CATEGORIES } from './levels';
export { agreementStatistics, type AgreementOptions, type AgreementStatistics, type PairwiseAgreement } from './summary';
