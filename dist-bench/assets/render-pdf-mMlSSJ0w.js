const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f || (m.f = ['./jspdf.es.min-Eh-HwzwK.js', './rolldown-runtime-XKyaHtl9.js', './pdf-CYQMwbFP.js']),
) => i.map((i) => d[i]);
import { n as e, r as t, t as n } from './pdf-CYQMwbFP.js';
function r(e, t, n, r, i = 10) {
  let a = Math.max(e.length, 3),
    o = (e) => -Math.PI / 2 + (2 * Math.PI * e) / a,
    s = (e, i) => ({ x: t + Math.cos(o(e)) * r * i, y: n + Math.sin(o(e)) * r * i });
  return {
    rings: [0.25, 0.5, 0.75, 1].map((t) => ({ level: t, points: e.map((e, n) => s(n, t)) })),
    spokes: e.map((e, r) => ({ from: { x: t, y: n }, to: s(r, 1) })),
    polygon: e.map((e, t) => s(t, e.value ?? 0)),
    dots: e.flatMap((e, t) => (e.value === null ? [] : [{ ...s(t, e.value), index: t }])),
    labels: e.map((e, a) => {
      let s = { x: t + Math.cos(o(a)) * (r + i), y: n + Math.sin(o(a)) * (r + i) },
        c = Math.cos(o(a)),
        l = Math.abs(c) < 0.2 ? `middle` : c > 0 ? `start` : `end`;
      return { ...s, text: e.label, anchor: l, index: a };
    }),
    missing: e.flatMap((e, t) => (e.value === null ? [t] : [])),
  };
}
var i = 210,
  a = 20,
  o = 170,
  s = 190,
  c = 22,
  l = 275,
  u = 25.4 / 72,
  d = `NotoSans`,
  f = [26, 26, 26],
  p = [85, 85, 85],
  m = [31, 78, 121],
  h = [226, 234, 243],
  g = [200, 216, 233],
  _ = [201, 204, 209],
  v = [160, 20, 30],
  y = { size: 10, style: `normal`, color: f },
  b = { size: 11.5, style: `normal`, color: f },
  x = { size: 9, style: `normal`, color: p },
  S = { size: 8, style: `normal`, color: p },
  C = { size: 16, style: `bold`, color: m, lh: 1.25 },
  w = { size: 12, style: `bold`, color: f, lh: 1.3 },
  T = { size: 9, style: `normal`, color: f, lh: 1.3 },
  E = (e) => e.size * u * (e.lh ?? 1.4),
  D = (e, t) => t + E(e) / 2 + e.size * u * 0.36,
  O = class {
    doc;
    styles;
    widths = {
      normal: { chars: new Map(), words: new Map() },
      bold: { chars: new Map(), words: new Map() },
      italic: { chars: new Map(), words: new Map() },
    };
    font = ``;
    color = ``;
    constructor(e, t) {
      ((this.doc = e), (this.styles = t));
    }
    width(e, t, n) {
      let r = this.styles[t],
        i = this.widths[r],
        a = i.words.get(e);
      if (a === void 0) {
        a = 0;
        for (let t = 0; t < e.length; t++) {
          let o = e.charCodeAt(t),
            s = i.chars.get(o);
          (s === void 0 &&
            (this.setFont(r, n),
            (s = this.doc.getStringUnitWidth(String.fromCharCode(o))),
            i.chars.set(o, s)),
            (a += s));
        }
        i.words.set(e, a);
      }
      return a * n * u;
    }
    setFont(e, t) {
      let n = this.styles[e],
        r = `${n}/${t}`;
      r !== this.font && (this.doc.setFont(d, n), this.doc.setFontSize(t), (this.font = r));
    }
    setColor(e) {
      let t = e.join(`,`);
      t !== this.color && (this.doc.setTextColor(e[0], e[1], e[2]), (this.color = t));
    }
    reset() {
      ((this.font = ``), (this.color = ``));
    }
    text(e, t, n, r, i = r.style) {
      (this.setFont(i, r.size), this.setColor(r.color), this.doc.text(e, t, n));
    }
    wrap(e, t, n) {
      let r = (e) =>
          e.bold || t.style === `bold` ? `bold` : e.italic || t.style === `italic` ? `italic` : `normal`,
        i = [],
        a = null,
        o = !0,
        s = !1;
      for (let n of e) {
        let e = r(n);
        for (let r of n.text.split(/(\s+)/u)) {
          if (r === ``) continue;
          if (/^\s+$/u.test(r)) {
            ((o = !0),
              r.includes(`
`) && (s = !0));
            continue;
          }
          let n = this.width(r, e, t.size);
          o || !a
            ? ((a = { segs: [{ text: r, style: e }], w: n, breakBefore: s }), i.push(a), (o = !1), (s = !1))
            : (a.segs.push({ text: r, style: e }), (a.w += n));
        }
      }
      let c = this.width(` `, `normal`, t.size),
        l = [],
        u = { segs: [], width: 0 },
        d = () => {
          (u.segs.length && l.push(u), (u = { segs: [], width: 0 }));
        },
        f = (e, t, n) => {
          (e.forEach((e, t) => {
            let r = u.segs[u.segs.length - 1];
            (n && t === 0 && r && (r.text += ` `),
              r && r.style === e.style ? (r.text += e.text) : u.segs.push({ style: e.style, text: e.text }));
          }),
            (u.width += t + (n ? c : 0)));
        };
      for (let e of i)
        if (
          (e.breakBefore && d(),
          !(u.segs.length === 0 ? e.w <= n : u.width + c + e.w <= n) && u.segs.length && d(),
          e.w > n)
        )
          for (let r of e.segs) {
            let e = ``;
            for (let i of r.text) {
              let a = this.width(e + i, r.style, t.size);
              (u.width + a > n &&
                (e || u.segs.length) &&
                (e && f([{ text: e, style: r.style }], this.width(e, r.style, t.size), !1), d(), (e = ``)),
                (e += i));
            }
            e && f([{ text: e, style: r.style }], this.width(e, r.style, t.size), !1);
          }
        else f(e.segs, e.w, u.segs.length > 0);
      return (d(), l);
    }
    line(e, t, n, r, i = `left`) {
      let a = i === `left` ? t : i === `right` ? t - e.width : t - e.width / 2;
      for (let t of e.segs) (this.text(t.text, a, n, r, t.style), (a += this.width(t.text, t.style, r.size)));
    }
    polygon(e, t) {
      let n = e[0];
      if (!n || e.length < 2) return;
      let r = e.slice(1).map((t, n) => [t.x - (e[n]?.x ?? 0), t.y - (e[n]?.y ?? 0)]);
      this.doc.lines(r, n.x, n.y, [1, 1], t, !0);
    }
  },
  k = (e) => [{ text: e }];
function A(e) {
  let t = e[e.length - 2],
    n = t?.[t.length - 1];
  return (n && (n.keep = !0), e.flat());
}
var j = class {
    pen;
    model;
    constructor(e, t) {
      ((this.pen = e), (this.model = t));
    }
    get doc() {
      return this.pen.doc;
    }
    textRows(e, t, n, r, i = {}) {
      let a = i.hang ?? 0,
        o = this.pen.wrap(e, t, r - a),
        s = E(t);
      return o.map((e, r) => ({
        h: s,
        gap: r === 0 ? i.gap : 0,
        keep: r < o.length - 1 && (r === 0 || r === o.length - 2),
        draw: (o) => {
          let c = D(t, o);
          (r === 0 && i.marker && this.pen.text(i.marker, n, c, t, `normal`),
            i.bar && this.bar(n - 5, o, s),
            this.pen.line(e, n + a, c, t));
        },
      }));
    }
    bar(e, t, n) {
      (this.doc.setFillColor(..._), this.doc.rect(e, t, 0.9, n, `F`));
    }
    sectionRows(e, t) {
      let n = this.pen.wrap(k(e.title), C, o),
        r = E(C);
      return [
        {
          h: n.length * r + 4,
          gap: 10,
          keep: !0,
          pageBreak: e.pageBreak,
          placed: t,
          draw: (e) => {
            (n.forEach((t, n) => this.pen.line(t, a, D(C, e + n * r), C)),
              this.doc.setDrawColor(...m),
              this.doc.setLineWidth(0.4),
              this.doc.line(a, e + n.length * r + 1.2, s, e + n.length * r + 1.2));
          },
        },
        ...e.blocks.flatMap((e) => this.blockRows(e)),
      ];
    }
    blockRows(e) {
      let n = 2.8;
      switch (e.kind) {
        case `heading`: {
          let t = this.textRows(k(e.text), w, a, o, { gap: 6 });
          return (t.forEach((e) => (e.keep = !0)), t);
        }
        case `paragraph`: {
          let t =
              e.emphasis === `lead`
                ? b
                : e.emphasis === `muted`
                  ? x
                  : e.emphasis === `strong`
                    ? { ...y, style: `bold` }
                    : y,
            r = this.textRows(k(e.text), t, a, o, { gap: n });
          return (e.emphasis === `strong` && r.forEach((e) => (e.keep = !0)), r);
        }
        case `markdown`:
          return e.blocks.flatMap((e, t) => this.mdRows(e, t === 0 ? n : 1.8));
        case `list`:
          return this.listRows(
            e.items.map((e) => k(e)),
            !!e.ordered,
            n,
          );
        case `table`:
          return this.tableRows(e.head, e.rows, e.widths, 3.8);
        case `radar`:
          return [this.radarRow(e.title, e.axes, 4.8)];
        case `quote`: {
          let t = { ...y, style: `italic` },
            n = [
              ...this.textRows(k(e.text), t, 27, 163, { gap: 3.8, bar: !0 }),
              ...this.textRows(k(`— ${e.cite}`), x, 27, 163, { gap: 0.6, bar: !0 }),
            ];
          return (n.length <= 6 && n.slice(0, -1).forEach((e) => (e.keep = !0)), n);
        }
        case `fields`:
          return this.fieldRows(e.fields, n);
        case `sources`: {
          if (e.refs.length === 0) return [];
          let n = this.textRows(k(this.model.labels.doc.sourcesLabel), { ...S, style: `bold` }, a, o, {
            gap: 2,
          });
          n.forEach((e) => (e.keep = !0));
          let r = A(e.refs.map((e) => this.textRows(k(t(e)), S, a, o, { marker: `•`, hang: 3 })));
          return (r.length <= 4 && r.slice(0, -1).forEach((e) => (e.keep = !0)), [...n, ...r]);
        }
      }
    }
    mdRows(e, t) {
      return e.kind === `p`
        ? this.textRows(e.runs, y, a, o, { gap: t })
        : this.listRows(e.items, e.ordered, t);
    }
    listRows(e, t, n) {
      let r = t ? 7 : 5;
      return A(
        e.map((e, i) =>
          this.textRows(e, y, 21, 169, { gap: i === 0 ? n : 1.2, marker: t ? `${i + 1}.` : `•`, hang: r }),
        ),
      );
    }
    fieldRows(e, t) {
      let n = { ...y, lh: 1.35 },
        r = E(n);
      return e.map((i, o) => {
        let c = this.pen.wrap(k(i.label), { ...n, style: `bold` }, 45),
          l = this.pen.wrap(k(i.value), n, 122),
          u = Math.max(c.length, l.length);
        return {
          h: u * r + 1.6,
          gap: o === 0 ? t : 0,
          keep: o < e.length - 1 && e.length <= 8,
          draw: (e) => {
            (c.forEach((t, i) =>
              this.pen.line(t, a, D(n, e + 0.8 + i * r), { ...n, color: p, style: `bold` }),
            ),
              l.forEach((t, i) => this.pen.line(t, 68, D(n, e + 0.8 + i * r), n)),
              this.doc.setDrawColor(..._),
              this.doc.setLineWidth(0.2),
              this.doc.line(a, e + u * r + 1.6, s, e + u * r + 1.6));
          },
        };
      });
    }
    tableRows(e, t, n, r) {
      let i = e.length,
        c = e.map((e, t) => n?.[t] ?? 1),
        l = c.reduce((e, t) => e + t, 0),
        u = c.map((e) => (e / l) * o),
        d = u.map((e, t) => a + u.slice(0, t).reduce((e, t) => e + t, 0)),
        f = 1.8,
        p = 1.3,
        g = e.map((e, n) => t.length > 0 && t.every((e) => /^([+−-]?\d+%?|–|-)$/u.test((e[n] ?? ``).trim()))),
        v = { ...T, style: `bold`, color: m },
        y = E(T),
        b = (e, t, n, r) => {
          let c = Array.from({ length: i }, (n, r) => this.pen.wrap(k(e[r] ?? ``), t, (u[r] ?? 10) - 2 * f)),
            l = Math.max(1, ...c.map((e) => e.length)) * y + 2 * p;
          return {
            h: l,
            keep: n,
            draw: (e) => {
              ((n || r) &&
                (this.doc.setFillColor(...(n ? h : [246, 247, 249])), this.doc.rect(a, e, o, l, `F`)),
                c.forEach((n, r) => {
                  let i = d[r] ?? a,
                    o = u[r] ?? 10;
                  n.forEach((n, a) => {
                    let s = D(t, e + p + a * y);
                    g[r] ? this.pen.line(n, i + o / 2, s, t, `center`) : this.pen.line(n, i + f, s, t);
                  });
                }),
                this.doc.setDrawColor(...(n ? m : _)),
                this.doc.setLineWidth(n ? 0.35 : 0.2),
                this.doc.line(a, e + l, s, e + l));
            },
          };
        },
        x = b(e, v, !0, !1),
        S = t.map((e, t) => ({ ...b(e, T, !1, t % 2 == 1), header: x }));
      return (S.length <= 2 && S.slice(0, -1).forEach((e) => (e.keep = !0)), [{ ...x, gap: r }, ...S]);
    }
    radarRow(e, t, n) {
      let i = { size: 8, style: `normal`, color: f, lh: 1.25 },
        s = { size: 8, style: `bold`, color: m, lh: 1.25 },
        c = { size: 10.5, style: `bold`, color: f },
        l = E(i),
        u = r(t, 0, 0, 36, 5),
        d = u.labels.map((e) => {
          let n = t[e.index],
            r = this.pen.wrap(k(e.text), i, 36),
            a = n?.value === null || n?.value === void 0 ? `–` : `${Math.round(n.value * 100)}%`,
            o = this.pen.wrap(k(a), s, 36)[0],
            c = (r.length + 1) * l;
          return {
            l: e,
            lines: r,
            valueLine: o,
            h: c,
            top: e.anchor === `middle` ? (e.y < 0 ? e.y - c : e.y) : e.y - c / 2,
          };
        }),
        h = E(c) + 2,
        v = Math.min(-36, ...d.map((e) => e.top)),
        y = Math.max(36, ...d.map((e) => e.top + e.h)),
        b = u.missing.map((e) => t[e]?.label ?? ``),
        x = { ...S },
        C = b.length ? this.pen.wrap(k(`– ${this.model.labels.levels.none}: ${b.join(`, `)}`), x, o) : [],
        w = y - v;
      return {
        h: h + w + 3 + C.length * E(x),
        gap: n,
        draw: (n) => {
          this.pen.text(e, a, D(c, n), c);
          let o = n + h - v,
            u = r(t, 105, o, 36, 5),
            f = this.doc;
          (f.setFillColor(...g),
            this.pen.polygon(u.polygon, `F`),
            f.setDrawColor(..._),
            f.setLineWidth(0.2),
            u.rings.forEach((e) => this.pen.polygon(e.points, `S`)),
            u.spokes.forEach((e) => f.line(e.from.x, e.from.y, e.to.x, e.to.y)),
            f.setDrawColor(...m),
            f.setLineWidth(0.6),
            f.setLineJoin(`round`),
            this.pen.polygon(u.polygon, `S`),
            f.setFillColor(...m),
            u.dots.forEach((e) => f.circle(e.x, e.y, 0.9, `F`)));
          let y = { size: 6.5, style: `normal`, color: p },
            b = f.GState,
            S = new b({ opacity: 0.8 }),
            T = new b({ opacity: 1 });
          u.rings.forEach((e) => {
            let t = e.points[0];
            if (!t) return;
            let n = `${Math.round(e.level * 100)}%`;
            (f.setFillColor(255, 255, 255),
              f.setGState(S),
              f.rect(t.x + 1, t.y + 0.5, this.pen.width(n, `normal`, y.size) + 0.8, 2.6, `F`),
              f.setGState(T),
              this.pen.text(n, t.x + 1.4, t.y + 2.4, y));
          });
          for (let e of d) {
            let t = 105 + e.l.x,
              n = e.l.anchor === `start` ? `left` : e.l.anchor === `end` ? `right` : `center`;
            (e.lines.forEach((r, a) => this.pen.line(r, t, D(i, o + e.top + a * l), i, n)),
              e.valueLine && this.pen.line(e.valueLine, t, D(s, o + e.top + e.lines.length * l), s, n));
          }
          C.forEach((e, t) => this.pen.line(e, a, D(x, n + h + w + 3 + t * E(x)), x));
        },
      };
    }
  },
  M = new Map();
function N(e, t) {
  let n = new Date(`${e.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(n.getTime())) return e;
  let r = M.get(t);
  return (
    r ||
      ((r = new Intl.DateTimeFormat(t === `nl` ? `nl-NL` : `en-GB`, {
        day: `numeric`,
        month: `long`,
        year: `numeric`,
        timeZone: `UTC`,
      })),
      M.set(t, r)),
    r.format(n)
  );
}
async function P(e, t = {}) {
  let [r, i] = await Promise.all([
      t.jsPDF
        ? Promise.resolve(t.jsPDF)
        : n(
            () => import(`./jspdf.es.min-Eh-HwzwK.js`).then((e) => e.jsPDF),
            __vite__mapDeps([0, 1, 2]),
            import.meta.url,
          ),
      t.fonts
        ? Promise.resolve(t.fonts)
        : n(() => import(`./noto-sans-subset-g-LGC4T5.js`).then((e) => e), [], import.meta.url),
    ]),
    a = new r({ orientation: `portrait`, unit: `mm`, format: `a4`, compress: !globalThis.NOCOMP });
  (a.addFileToVFS(`NotoSans-Regular.ttf`, i.regular),
    a.addFont(`NotoSans-Regular.ttf`, d, `normal`),
    a.addFileToVFS(`NotoSans-Bold.ttf`, i.bold),
    a.addFont(`NotoSans-Bold.ttf`, d, `bold`),
    i.italic &&
      (a.addFileToVFS(`NotoSans-Italic.ttf`, i.italic), a.addFont(`NotoSans-Italic.ttf`, d, `italic`)));
  let o = e.labels.doc;
  (a.setProperties({
    title: e.title,
    subject: e.subtitle,
    author: `Zelfscan Wijkaanpak`,
    creator: `Zelfscan Wijkaanpak`,
    keywords: e.confidential ? o.confidential : ``,
  }),
    a.setLanguage(e.lang === `nl` ? `nl` : `en-GB`),
    a.setCreationDate(new Date(`${e.date}T12:00:00Z`)),
    a.setLineHeightFactor(1.4));
  let s = new O(a, { normal: `normal`, bold: `bold`, italic: i.italic ? `italic` : `normal` }),
    c = new j(s, e),
    l = N(e.date, e.lang);
  I(s, e, l);
  let u = Math.max(1, Math.ceil(e.sections.length / 32));
  for (let e = 0; e < u; e++) a.addPage();
  let f = 2 + u;
  a.addPage();
  let p = [];
  return (
    F(
      a,
      s,
      e.sections.flatMap((e, t) => c.sectionRows(e, (e) => (p[t] = e))),
      f,
    ),
    L(s, e, p, u),
    e.sections.forEach((e, t) => {
      let n = p[t];
      n && a.outline.add(null, e.title, { pageNumber: n });
    }),
    R(s, e, l),
    a.output(`blob`)
  );
}
function F(e, t, n, r) {
  let i = r,
    a = c,
    o = () => {
      (e.addPage(), t.reset(), i++, (a = c));
    };
  for (let e = 0; e < n.length; e++) {
    let t = n[e];
    if (!t) continue;
    t.pageBreak && a > c && o();
    let r = (a > c ? (t.gap ?? 0) : 0) + t.h;
    for (let t = e; n[t]?.keep && n[t + 1] && !n[t + 1]?.pageBreak; t++) {
      let e = n[t + 1];
      if (!e || ((r += (e.gap ?? 0) + e.h), r > 253)) break;
    }
    (r > 253 && (r = (t.gap ?? 0) + t.h),
      a + r > l && a > c && (o(), t.header && (t.header.draw(a), (a += t.header.h))),
      a > c && (a += t.gap ?? 0),
      t.draw(a),
      t.placed?.(i),
      (a += t.h));
  }
}
function I(e, t, n) {
  let r = e.doc;
  (r.setFillColor(...m), r.rect(0, 0, i, 12, `F`));
  let c = { size: 11, style: `bold`, color: m };
  e.text(`Zelfscan Wijkaanpak`, a, 48, c);
  let l = { size: 26, style: `bold`, color: f, lh: 1.2 },
    u = 54;
  for (let n of e.wrap(k(t.title), l, o)) (e.line(n, a, D(l, u), l), (u += E(l)));
  let d = { size: 14, style: `normal`, color: p };
  u += 2;
  for (let n of e.wrap(k(t.subtitle), d, o)) (e.line(n, a, D(d, u), d), (u += E(d)));
  (e.text(n, a, D(y, u + 2), { ...y, color: p }),
    (u += 16),
    r.setDrawColor(...m),
    r.setLineWidth(0.5),
    r.line(a, u, s, u),
    (u += 3));
  let h = new j(e, t).blockRows({ kind: `fields`, fields: t.cover });
  for (let e of h) (e.draw(u), (u += e.h));
  if (t.confidential) {
    let n = { size: 12, style: `bold`, color: v },
      i = e.width(t.labels.doc.confidential, `bold`, n.size) + 8;
    ((u += 10),
      r.setDrawColor(...v),
      r.setLineWidth(0.6),
      r.roundedRect(a, u, i, 9, 1.5, 1.5, `S`),
      e.text(t.labels.doc.confidential, 24, D(n, u + 1.5), n));
  }
  let g = { ...S };
  e.text(t.labels.doc.generated, a, 282, g);
}
function L(e, t, n, r) {
  let i = e.doc,
    u = { size: 10.5, style: `normal`, color: f },
    d = 2;
  (i.setPage(d), e.reset());
  let h = c;
  (e.text(t.labels.doc.contents, a, D(C, h), C),
    i.setDrawColor(...m),
    i.setLineWidth(0.4),
    i.line(a, h + E(C) + 1.2, s, h + E(C) + 1.2),
    (h += E(C) + 8),
    t.sections.forEach((t, f) => {
      let m = n[f] ?? 0,
        g = String(m),
        _ = e.width(g, `normal`, u.size),
        v = e.wrap(k(t.title), u, o - _ - 12),
        y = 7.2 + (v.length - 1) * E(u);
      (h + y > l && d < 1 + r && (i.setPage(++d), e.reset(), (h = c)),
        v.forEach((t, n) => e.line(t, a, D(u, h + n * E(u)), u)));
      let b = v[v.length - 1],
        x = D(u, h + (v.length - 1) * E(u));
      e.text(g, s - _, x, u);
      let S = a + (b?.width ?? 0) + 2,
        C = s - _ - 2;
      (C > S &&
        (i.setDrawColor(...p),
        i.setLineWidth(0.35),
        i.setLineCap(`round`),
        i.setLineDashPattern([0, 1.6], 0),
        i.line(S, x - 0.2, C, x - 0.2),
        i.setLineDashPattern([], 0),
        i.setLineCap(`butt`)),
        m && i.link(a, h, o, y, { pageNumber: m }),
        (h += y));
    }));
}
function R(t, n, r) {
  let i = t.doc,
    o = i.getNumberOfPages(),
    c = n.labels.doc,
    l = { ...S };
  for (let u = 2; u <= o; u++) {
    (i.setPage(u),
      t.reset(),
      t.text(n.title, a, 13, l),
      i.setDrawColor(..._),
      i.setLineWidth(0.2),
      i.line(a, 15, s, 15),
      i.line(a, 281.5, s, 281.5));
    let d = r;
    if ((t.text(d, a, 286, l), n.confidential)) {
      let e = { ...l, style: `bold`, color: v },
        n = t.width(c.confidential, `bold`, e.size);
      t.text(c.confidential, 105 - n / 2, 286, e);
    }
    let f = e(c.pageOf, { page: u, pages: o });
    t.text(f, s - t.width(f, `normal`, l.size), 286, l);
  }
}
export { P as renderPdf };
