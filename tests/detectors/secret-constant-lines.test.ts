// The committed-secrets detector tries its typed-constants pattern only at the starts of lines that hold one of the
// name words (matchesOnLinesWith): it must give exactly the matches the pattern gives over the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOnLinesWith, TYPED_SECRET_CONSTANT, TYPED_SECRET_NAME_WORDS } from '../../src/detectors/committed-secrets.js';

const everywhere = new RegExp(TYPED_SECRET_CONSTANT.source, `${TYPED_SECRET_CONSTANT.flags}g`);
const sticky = new RegExp(TYPED_SECRET_CONSTANT.source, `${TYPED_SECRET_CONSTANT.flags}y`);
const shown = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);

// Lines of declarations: names with and without the words, values long and short, quotes matched or not, noise,
// and every line end ^ knows.
const piece = (...options: string[]) => fc.constantFrom(...options);
const declaration = fc
  .tuple(
    piece('', '  ', '\t', 'x '),
    fc.array(piece('const ', 'export ', 'public ', 'static ', 'readonly ', 'let ', 'String ', 'str '), { minLength: 1, maxLength: 3 }),
    piece('', ': '),
    piece('JWT_KEY', 'AuthKey', 'AUTH_KEY', 'jwtSecret', 'SECRET_TOKEN', 'Secret', 'SIGNINGKey', 'secret', 'name', 'mySecretValue', 'JWTKey2'),
    piece('', ': string', ' :Foo '),
    piece(' = ', '=', ' =\n ', ' '),
    piece('"', "'", '`'),
    piece('abcdefghijklmnopqrstuvwx', 'short', '0123456789abcdef', 'has space in it long enough'),
    piece('"', "'", '`', ''),
    piece('', ';', ' JWT', ' Secret'),
  )
  .map((parts) => parts.flat().join(''));
const line = fc.oneof(declaration, piece('', 'let a = 1', 'AUTH', '// Secret', 'SECRET SECRET'));
const text = fc.tuple(fc.array(line, { maxLength: 8 }), fc.array(piece('\n', '\r\n', '\r', '\u2028', '\u2029'), { minLength: 8, maxLength: 8 })).map(([lines, ends]) => lines.map((l, i) => l + ends[i]).join(''));

describe('matchesOnLinesWith (the typed-constants pattern)', () => {
  it('gives the matches of the whole-text pattern, in order, on texts of declarations', () => {
    let found = 0;
    fc.assert(
      fc.property(text, (drawn) => {
        const expected = shown(drawn.matchAll(everywhere));
        found += expected.length;
        expect(shown(matchesOnLinesWith(drawn, sticky, TYPED_SECRET_NAME_WORDS))).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
    // The texts drawn must hold matches, or the comparison says little.
    expect(found).toBeGreaterThan(1000);
  });

  it('finds a constant on any line, with each line end', () => {
    for (const end of ['\n', '\r\n', '\r', '\u2028', '\u2029']) {
      const text = ['let a = 1', 'export const JWT_SECRET = "0123456789abcdefXYZ"', '  private static readonly SigningKey = 1', '\tpublic AUTH_KEY: string = \'abcdefghijklmnopqrstu\''].join(end);
      expect(shown(matchesOnLinesWith(text, sticky, TYPED_SECRET_NAME_WORDS))).toEqual(shown(text.matchAll(everywhere)));
      expect(shown(text.matchAll(everywhere))).toHaveLength(2);
    }
  });
});
