// Random strings a rule pattern may match, built by walking its syntax tree: the soundness test of the literal
// prefilter keeps those the real RegExp does match (anchors and lookarounds are left to that check).
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { patternParts } from '../../src/rules/pattern.js';

export type Random = () => number;

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const WORD = 'abcXYZ019_';
const ANY = 'aZ0_ .-:;(){}[]"\'`/\\\t\u00e9\u212a';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** A string built from `pattern`'s syntax; with /i, letters come in random case. */
export function sampleFor(pattern: string, random: Random): string {
  const { source, flags } = patternParts(pattern);
  const ast = parser.parsePattern(source, undefined, undefined, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  const out = alternatives(ast.alternatives, random);
  return flags.includes('i') ? [...out].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('') : out;
}

function alternatives(list: AST.Alternative[], random: Random): string {
  return pick(random, list).elements.map((e) => element(e, random)).join('');
}

function element(node: AST.Node, random: Random): string {
  switch (node.type) {
    case 'Character':
      return String.fromCodePoint(node.value);
    case 'CharacterClass':
      return characterClass(node, random);
    case 'CharacterSet':
      if (node.kind === 'digit') return node.negate ? 'x' : pick(random, '0123456789'.split(''));
      if (node.kind === 'word') return node.negate ? ' ' : pick(random, WORD.split(''));
      if (node.kind === 'space') return node.negate ? 'x' : pick(random, [' ', '\t', '\n']);
      return pick(random, ANY.split(''));
    case 'Group':
    case 'CapturingGroup':
      return alternatives(node.alternatives, random);
    case 'Quantifier': {
      const max = Math.min(node.max, node.min + 3);
      const times = node.min + Math.floor(random() * (max - node.min + 1));
      return Array.from({ length: times }, () => element(node.element, random)).join('');
    }
    default:
      return ''; // assertions, backreferences: the RegExp check decides
  }
}

function characterClass(node: AST.CharacterClass, random: Random): string {
  if (node.negate) {
    const re = new RegExp(`^${node.raw}$`);
    return ANY.split('').find((c) => re.test(c)) ?? '';
  }
  const choice = pick(random, node.elements);
  if (choice.type === 'Character') return String.fromCodePoint(choice.value);
  if (choice.type === 'CharacterClassRange') return String.fromCodePoint(choice.min.value + Math.floor(random() * (choice.max.value - choice.min.value + 1)));
  return element(choice, random);
}
