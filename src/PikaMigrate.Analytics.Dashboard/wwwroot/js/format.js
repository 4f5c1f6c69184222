// How figures read on the page: counts with grouping, dollars with cents (four decimals below one dollar,
// where per-session costs live), periods as short UTC dates.

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fractions = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 4, maximumFractionDigits: 4 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (value) => counts.format(value);

export const formatMoney = (value) => (value !== 0 && Math.abs(value) < 1 ? fractions : cents).format(value);

/** Axis ticks: 1.2K, $3.4K. */
export const formatCompact = (value) => compact.format(value);
export const formatCompactMoney = (value) => (Math.abs(value) < 1 && Math.abs(value) >= 0.01 ? cents : value !== 0 && Math.abs(value) < 0.01 ? fractions : compactMoney).format(value);

export const formatPercent = (share) => percent.format(share);

const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayWithYear = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const utc = (isoDay) => new Date(`${isoDay}T00:00:00Z`);

/** A time-series bucket's label: its day, the Monday its week starts on, or its month. */
export function formatPeriod(isoDay, groupBy) {
  const date = utc(isoDay);
  if (groupBy === 'month') return month.format(date);
  if (groupBy === 'week') return `Wk of ${day.format(date)}`;
  return day.format(date);
}

export const formatDay = (isoDay) => dayWithYear.format(utc(isoDay));

export const formatClock = (date) => clock.format(date);

/** An attribute name as a heading: "entity" → "Entity", plural "Entities". */
export function titleCase(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function plural(word) {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}
