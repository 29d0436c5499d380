/**
 * The burgerservicenummer check (elfproef): nine digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. Eight-digit numbers are valid with a
 * leading zero, as the BRP issues them; we accept only the nine-digit form, which is what
 * every form and import should store.
 */

/** Whether `value` is a nine-digit BSN that passes the elfproef (and is not all zeros). */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  if (value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}
