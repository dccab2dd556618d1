// The sums of money a claim states, one key per currency and figure ("GBP 38500"): "£6,000" and
// "£6k" are one sum, whatever noun each outlet pays it for or whichever slot holds it ("raised
// £38,500" / "£38,500 was raised").
import { isCurrencyUnit } from '../extract/quantity.ts';
import type { ClaimProfile } from './claim-profile.ts';

export function moneySums(profile: ClaimProfile): string[] {
  return [...new Set(profile.claim.sources.flatMap(({ qualifiers: { quantity } }) => (quantity && isCurrencyUnit(quantity.unit) ? [`${quantity.unit} ${quantity.value}`] : [])))];
}
