import { MIN_GROUP, spreadLevel, type GroupAggregate } from '../domain/aggregate';
import { QUADRANTS, TALK_MAP_THRESHOLDS, talkMap, type TalkPoint } from '../domain/talk-map';
import type { Content } from '../domain/types';
import type { WorkshopSetup } from '../domain/workshop';
import { LANGUAGES, type Translation } from '../i18n/languages';
import type { GroupLabels } from './group-model';
import { markedText, pct, sdText } from './group-format';
import { fill, type Block, type Section } from './model';

/** The map's own texts (quadrant names and hints, title, counts), shared with the slide. */
export type TalkMapTexts = Translation['workshop']['talkMap'];

/** "3, 7 en 12": question numbers in words, in the language's way of listing. */
export function numberList(numbers: readonly number[], lang: Content['lang']): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(numbers.map(String));
}

/** "2 vragen hebben te weinig antwoorden …": the questions left off the map, or '' when none is. */
export function tooFewText(texts: TalkMapTexts, numbers: readonly number[], lang: Content['lang']): string {
  if (!numbers.length) return '';
  return fill(numbers.length === 1 ? texts.tooFew_one : texts.tooFew_other, {
    count: numbers.length,
    min: MIN_GROUP,
    numbers: numberList(numbers, lang),
  });
}

/**
 * The group report's "Where to talk" page: per quadrant of the talk map (the one to take up first at the top) a table
 * of its questions with their number in the workshop, how much the group wants to change and how divided it is; then
 * the questions left off for too few answers and how the map is made. Tables only, so every renderer shows it. None
 * when the workshop has no question with a position (only open questions). Pure.
 */
export function groupTalkMapSections(
  content: Content,
  workshop: Pick<WorkshopSetup, 'items'>,
  agg: GroupAggregate,
  labels: GroupLabels,
  texts: TalkMapTexts = LANGUAGES[content.lang].resources.workshop.talkMap,
): Section[] {
  if (agg.withheld) return [];
  const map = talkMap(agg, workshop.items);
  if (!map.points.length && !map.tooFew.length) return [];
  const lang = content.lang;
  const R = labels.group.talkMap;
  const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  // the trainer's own question marked, as everywhere in the report
  const question = (id: string) => {
    const item = items.get(id);
    return item ? markedText(item, labels.group.own) : id;
  };
  const row = (p: TalkPoint): string[] => [
    String(p.number),
    question(p.itemId),
    pct(p.change),
    `${labels.spread[spreadLevel(p.disagreement)]} (${sdText(p.disagreement, lang)})`,
  ];

  const blocks: Block[] = [{ kind: 'paragraph', text: R.intro }];
  if (!map.points.length) {
    blocks.push({ kind: 'paragraph', text: fill(texts.empty, { min: MIN_GROUP }) });
  } else {
    for (const q of QUADRANTS) {
      const points = map.quadrants[q];
      blocks.push(
        { kind: 'heading', text: texts.quadrants[q].name },
        { kind: 'paragraph', text: texts.quadrants[q].hint, emphasis: 'muted' },
        points.length
          ? {
              kind: 'table',
              caption: texts.quadrants[q].name,
              head: [R.number, labels.table.statement, R.change, labels.table.spread],
              rows: points.map(row),
              widths: [0.7, 5.6, 1.9, 1.8],
            }
          : { kind: 'paragraph', text: R.none },
      );
    }
  }
  const tooFew = tooFewText(
    texts,
    map.tooFew.map((q) => q.number),
    lang,
  );
  if (tooFew) blocks.push({ kind: 'paragraph', text: tooFew });
  blocks.push({
    kind: 'paragraph',
    text: fill(R.method, {
      change: pct(TALK_MAP_THRESHOLDS.changeFrom),
      spread: sdText(TALK_MAP_THRESHOLDS.disagreeFrom, lang),
    }),
    emphasis: 'muted',
  });
  return [{ id: 'kaart', title: texts.title, blocks, pageBreak: true }];
}
