/**
 * English month names as ICU/CLDR writes them for en-GB and en-US (the US short "Sep", the British "Sept"), so
 * English dates can be written without creating an Intl formatter (see dateFormatters.ts).
 */
export const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const MONTHS_SHORT_US = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const MONTHS_SHORT_GB = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;
