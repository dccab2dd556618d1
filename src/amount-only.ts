// "about 12%", "under 12%", "6.4": an argument that is nothing but an amount. Such an object is no
// thing a claim is about (resolve leaves it out of the claim's key) and, when two sources' amounts
// differ, it differs with them (compare must not let it split a numeric block). "38 locations" is
// not one: what is left after the amount is a noun.

// Words that may stand beside an amount without naming anything.
const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'just', 'under', 'over', 'more', 'less',
  'fewer', 'than', 'up', 'to', 'at', 'least', 'most', 'by', 'approximately', 'close',
  // "a total of £38,500"
  'total', 'of',
]);

export function isOnlyAmount(objectText: string, amountText: string): boolean {
  const object = tight(objectText);
  const amount = tight(amountText);
  if (!object || !amount || !/\d/.test(object)) return false;
  const rest = object.includes(amount) ? object.replace(amount, ' ') : amount.includes(object) ? '' : null;
  return rest !== null && rest.split(/\s+/).every((word) => word === '' || AMOUNT_WORDS.has(word));
}

/** Lower case, and a currency sign joined to its figure: the quantity reader writes "£ 38,500". */
function tight(text: string): string {
  return text.toLowerCase().trim().replace(/([^\p{L}\d\s])\s+(?=\d)/gu, '$1');
}
