/** Defaults of anonymity rule A1 as stated to users; the API enforces the real per-round values. */
export const DEFAULT_MIN_RESPONDENTS = 5;
export const LOWEST_MIN_RESPONDENTS = 3;
