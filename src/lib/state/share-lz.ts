/**
 * lz-string's `decompressFromEncodedURIComponent` with a limit on the output.
 *
 * LZ decompression can expand a few kilobytes into hundreds of megabytes (an 8,000-character
 * link can hold ten million characters), so a hostile link could freeze or crash the tab before
 * any size check on the result ran. This is the same algorithm as lz-string 1.5.0's
 * `_decompress` (MIT, (c) 2013 pieroxy), written out so it stops as soon as the output passes
 * `maxChars`. A property test checks that it agrees with the library on everything the library
 * compresses and on random input.
 */

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const REVERSE: ReadonlyMap<string, number> = new Map([...URI_ALPHABET].map((c, i) => [c, i]));

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'invalid' | 'too_large' };

/** Decompress a `compressToEncodedURIComponent` string, refusing output longer than `maxChars`. */
export function decompressBounded(input: string, maxChars: number): Decompressed {
  if (typeof input !== 'string' || input === '') return { ok: false, reason: 'invalid' };
  const src = input.replace(/ /g, '+');
  const length = src.length;
  const resetValue = 32;
  // Characters outside the alphabet read as 0, as in lz-string.
  const next = (i: number): number => REVERSE.get(src.charAt(i)) ?? 0;

  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  let entry = '';
  const result: string[] = [];
  let total = 0;
  const data = { val: next(0), position: resetValue, index: 1 };

  const readBits = (count: number): number => {
    let bits = 0;
    const maxpower = 2 ** count;
    let power = 1;
    while (power !== maxpower) {
      const resb = data.val & data.position;
      data.position >>= 1;
      if (data.position === 0) {
        data.position = resetValue;
        data.val = next(data.index++);
      }
      bits |= (resb > 0 ? 1 : 0) * power;
      power <<= 1;
    }
    return bits;
  };

  for (let i = 0; i < 3; i++) dictionary[i] = String(i);
  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    case 2:
      return { ok: true, text: '' };
    default:
      // lz-string itself throws on this input (it reads an undefined entry).
      return { ok: false, reason: 'invalid' };
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);
  total = 1;
  for (;;) {
    if (data.index > length) return { ok: false, reason: 'invalid' };
    let code = readBits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(readBits(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(readBits(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2:
        return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    // lz-string tests `dictionary[c]` for truthiness; codes 0-2 never reach here (handled above).
    const known = dictionary[code];
    if (known !== undefined && code >= 3) {
      entry = known;
    } else if (code === dictSize) {
      entry = w + w.charAt(0);
    } else {
      return { ok: false, reason: 'invalid' };
    }
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'too_large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
