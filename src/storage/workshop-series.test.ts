// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getContent } from '../content/bundle';
import { newWorkshop, type WorkshopRecord } from '../domain/workshop';
import { withSeries } from '../domain/series';
import { memoryStorage } from './scan-store';
import { restoreWorkshop, WorkshopStore, workshopFileText } from './workshop-store';
import { sampleWorkshop } from '../../tests/fixtures/workshop';

// A series is kept on each of its workshop records (and in their summaries); records saved before series existed
// load as they were.

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';
const fixture = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'saved', 'workshop-v1.json');

const workshop = (id: string, date: string): WorkshopRecord =>
  newWorkshop(sampleWorkshop(content, undefined, { id, name: `Sessie ${id}`, date }), NOW);

describe('workshop series in storage', () => {
  it('loads a record saved before series existed, without a series', () => {
    const r = restoreWorkshop(readFileSync(fixture, 'utf8'), content);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.record.series).toBeUndefined();
  });

  it('keeps the series with the record and its summary', async () => {
    const store = new WorkshopStore(memoryStorage(), content.contentVersion, content);
    const record = withSeries(workshop('a', '2026-01-10'), { id: 'reeks-1', name: 'Noord 2026' }, NOW);
    await store.save(record);
    expect(store.load('a')?.series).toEqual({ id: 'reeks-1', name: 'Noord 2026' });
    expect(store.list()[0]?.series).toEqual({ id: 'reeks-1', name: 'Noord 2026' });
    const back = restoreWorkshop(workshopFileText(record, content.contentVersion, NOW), content);
    expect(back.ok && back.record.series).toEqual({ id: 'reeks-1', name: 'Noord 2026' });
  });

  it('refuses a series without a name', () => {
    const bad = { ...workshop('a', '2026-01-10'), series: { id: 'reeks-1', name: ' ' } };
    const r = restoreWorkshop(workshopFileText(bad, content.contentVersion, NOW), content);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.details).toContain('workshop.series.name');
  });

  it('puts the chosen workshops in a series and takes it off the ones no longer chosen, leaving the open one', async () => {
    const store = new WorkshopStore(memoryStorage(), content.contentVersion, content);
    const series = { id: 'reeks-1', name: 'Noord 2026' };
    const other = { id: 'reeks-2', name: 'Zuid' };
    await store.save(workshop('open', '2026-06-01'));
    await store.save(workshop('b', '2026-01-10'));
    await store.save(withSeries(workshop('c', '2026-03-10'), series, NOW));
    await store.save(withSeries(workshop('d', '2026-04-10'), other, NOW));
    await store.save(withSeries(workshop('e', '2026-05-10'), other, NOW));

    expect(await store.setSeries('open', series, ['b', 'd'], '2026-12-01T00:00:00.000Z')).toEqual({
      ok: true,
    });
    const seriesOf = (id: string) => store.load(id)?.series?.id ?? null;
    // b joins, d moves over from the other series, c was left out and leaves it; e stays where it was
    expect(['open', 'b', 'c', 'd', 'e'].map(seriesOf)).toEqual([null, 'reeks-1', null, 'reeks-1', 'reeks-2']);
    expect(store.load('b')?.updatedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(store.load('e')?.updatedAt).toBe(NOW);
    expect(
      store
        .seriesRecords('reeks-1')
        .map((r) => r.setup.id)
        .sort(),
    ).toEqual(['b', 'd']);
  });
});
