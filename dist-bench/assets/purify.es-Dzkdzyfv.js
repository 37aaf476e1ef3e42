function e(e, t) {
  ((this.v = e), (this.k = t));
}
function t(e, t) {
  (t == null || t > e.length) && (t = e.length);
  for (var n = 0, r = Array(t); n < t; n++) r[n] = e[n];
  return r;
}
function n(e) {
  if (Array.isArray(e)) return e;
}
function r(e, t) {
  var n = e == null ? null : (typeof Symbol < `u` && e[Symbol.iterator]) || e[`@@iterator`];
  if (n != null) {
    var r,
      i,
      a,
      o,
      s = [],
      c = !0,
      l = !1;
    try {
      if (((a = (n = n.call(e)).next), t === 0)) {
        if (Object(n) !== n) return;
        c = !1;
      } else for (; !(c = (r = a.call(n)).done) && (s.push(r.value), s.length !== t); c = !0);
    } catch (e) {
      ((l = !0), (i = e));
    } finally {
      try {
        if (!c && n.return != null && ((o = n.return()), Object(o) !== o)) return;
      } finally {
        if (l) throw i;
      }
    }
    return s;
  }
}
function i() {
  throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function a(e, t) {
  return n(e) || r(e, t) || o(e, t) || i();
}
function o(e, n) {
  if (e) {
    if (typeof e == `string`) return t(e, n);
    var r = {}.toString.call(e).slice(8, -1);
    return (
      r === `Object` && e.constructor && (r = e.constructor.name),
      r === `Map` || r === `Set`
        ? Array.from(e)
        : r === `Arguments` || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(r)
          ? t(e, n)
          : void 0
    );
  }
}
function s(t) {
  var n, r;
  function i(n, r) {
    try {
      var o = t[n](r),
        s = o.value,
        c = s instanceof e;
      Promise.resolve(c ? s.v : s).then(
        function (e) {
          if (c) {
            var r = n === `return` && s.k ? n : `next`;
            if (!s.k || e.done) return i(r, e);
            e = t[r](e).value;
          }
          a(!!o.done, e);
        },
        function (e) {
          i(`throw`, e);
        },
      );
    } catch (e) {
      a(2, e);
    }
  }
  function a(e, t) {
    (e === 2 ? n.reject(t) : n.resolve({ value: t, done: e }), (n = n.next) ? i(n.key, n.arg) : (r = null));
  }
  ((this._invoke = function (e, t) {
    return new Promise(function (a, o) {
      var s = { key: e, arg: t, resolve: a, reject: o, next: null };
      r ? (r = r.next = s) : ((n = r = s), i(e, t));
    });
  }),
    typeof t.return != `function` && (this.return = void 0));
}
((s.prototype[(typeof Symbol == `function` && Symbol.asyncIterator) || `@@asyncIterator`] = function () {
  return this;
}),
  (s.prototype.next = function (e) {
    return this._invoke(`next`, e);
  }),
  (s.prototype.throw = function (e) {
    return this._invoke(`throw`, e);
  }),
  (s.prototype.return = function (e) {
    return this._invoke(`return`, e);
  }));
var c = Object.entries,
  l = Object.keys,
  u = Object.setPrototypeOf,
  d = Object.isFrozen,
  f = Object.getPrototypeOf,
  p = Object.getOwnPropertyDescriptor,
  m = Object.freeze,
  h = Object.seal,
  g = Object.create,
  ee = typeof Reflect < `u` && Reflect,
  te = ee.apply,
  ne = ee.construct;
((m ||= function (e) {
  return e;
}),
  (h ||= function (e) {
    return e;
  }),
  (te ||= function (e, t) {
    var n = [...arguments].slice(2);
    return e.apply(t, n);
  }),
  (ne ||= function (e) {
    return new e(...[...arguments].slice(1));
  }));
var _ = D(Array.prototype.forEach),
  re = D(Array.prototype.lastIndexOf),
  ie = D(Array.prototype.pop),
  ae = D(Array.prototype.push),
  oe = D(Array.prototype.slice),
  se = D(Array.prototype.splice),
  v = Array.isArray,
  ce = O(Set),
  le = D(Set.prototype.add),
  ue = D(Set.prototype.has),
  y = D(String.prototype.toLowerCase),
  de = D(String.prototype.toString),
  fe = D(String.prototype.match),
  pe = D(String.prototype.replace),
  me = D(String.prototype.indexOf),
  he = D(String.prototype.trim),
  b = D(Number.prototype.toString),
  x = D(Boolean.prototype.toString),
  ge = typeof BigInt > `u` ? null : D(BigInt.prototype.toString),
  _e = typeof Symbol > `u` ? null : D(Symbol.prototype.toString),
  S = D(Object.prototype.hasOwnProperty),
  C = D(Object.prototype.toString),
  w = RegExp.prototype.test,
  T = function (e, t) {
    return (e instanceof RegExp && (e.lastIndex = 0), te(w, e, [t]));
  },
  E = O(TypeError);
function D(e) {
  return function (t) {
    var n = [...arguments].slice(1);
    return te(e, t, n);
  };
}
function O(e) {
  return function () {
    return ne(e, [...arguments]);
  };
}
function k(e, t) {
  let n = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : y;
  if ((u && u(e, null), !v(t))) return e;
  let r = t.length;
  for (; r--;) {
    let i = t[r];
    if (typeof i == `string`) {
      let e = n(i);
      e !== i && (d(t) || (t[r] = e), (i = e));
    }
    e[i] = !0;
  }
  return e;
}
function A(e) {
  for (let t = 0; t < e.length; t++) S(e, t) || (e[t] = null);
  return e;
}
function ve(e) {
  let t = g(null);
  for (let r of c(e)) {
    var n = a(r, 2);
    let i = n[0],
      o = n[1];
    S(e, i) && (t[i] = v(o) ? A(o) : o && typeof o == `object` && o.constructor === Object ? ve(o) : o);
  }
  return t;
}
function ye(e) {
  let t = g(null),
    n = l(e),
    r = n.length;
  for (; r--;) t[n[r]] = e[n[r]];
  return t;
}
function be(e) {
  switch (typeof e) {
    case `string`:
      return e;
    case `number`:
      return b(e);
    case `boolean`:
      return x(e);
    case `bigint`:
      return ge ? ge(e) : `0`;
    case `symbol`:
      return _e ? _e(e) : `Symbol()`;
    case `undefined`:
      return C(e);
    case `function`:
    case `object`: {
      if (e === null) return C(e);
      let t = e,
        n = j(t, `toString`);
      if (typeof n == `function`) {
        let e = n(t);
        return typeof e == `string` ? e : C(e);
      }
      return C(e);
    }
    default:
      return C(e);
  }
}
function j(e, t) {
  for (; e !== null;) {
    let n = p(e, t);
    if (n) {
      if (n.get) return D(n.get);
      if (typeof n.value == `function`) return D(n.value);
    }
    e = f(e);
  }
  function n() {
    return null;
  }
  return n;
}
function xe(e, t) {
  for (; e !== null;) {
    let n = p(e, t);
    if (n) return n.get ? D(n.get) : null;
    e = f(e);
  }
  return null;
}
function Se(e) {
  if (!e) return !1;
  try {
    return (T(e, ``), !0);
  } catch {
    return !1;
  }
}
var Ce = m(
    `a.abbr.acronym.address.area.article.aside.audio.b.bdi.bdo.big.blink.blockquote.body.br.button.canvas.caption.center.cite.code.col.colgroup.content.data.datalist.dd.decorator.del.details.dfn.dialog.dir.div.dl.dt.element.em.fieldset.figcaption.figure.font.footer.form.h1.h2.h3.h4.h5.h6.head.header.hgroup.hr.html.i.img.input.ins.kbd.label.legend.li.main.map.mark.marquee.menu.menuitem.meter.nav.nobr.ol.optgroup.option.output.p.picture.pre.progress.q.rp.rt.ruby.s.samp.search.section.select.shadow.slot.small.source.spacer.span.strike.strong.style.sub.summary.sup.table.tbody.td.template.textarea.tfoot.th.thead.time.tr.track.tt.u.ul.var.video.wbr`.split(
      `.`,
    ),
  ),
  we = m(
    `svg.a.altglyph.altglyphdef.altglyphitem.animatecolor.animatemotion.animatetransform.circle.clippath.defs.desc.ellipse.filter.font.g.glyph.glyphref.hkern.image.line.lineargradient.marker.mask.metadata.mpath.path.pattern.polygon.polyline.radialgradient.rect.stop.style.switch.symbol.text.textpath.title.tref.tspan.view.vkern`.split(
      `.`,
    ),
  ),
  Te = m([
    `feBlend`,
    `feColorMatrix`,
    `feComponentTransfer`,
    `feComposite`,
    `feConvolveMatrix`,
    `feDiffuseLighting`,
    `feDisplacementMap`,
    `feDistantLight`,
    `feDropShadow`,
    `feFlood`,
    `feFuncA`,
    `feFuncB`,
    `feFuncG`,
    `feFuncR`,
    `feGaussianBlur`,
    `feImage`,
    `feMerge`,
    `feMergeNode`,
    `feMorphology`,
    `feOffset`,
    `fePointLight`,
    `feSpecularLighting`,
    `feSpotLight`,
    `feTile`,
    `feTurbulence`,
  ]),
  Ee = m([
    `animate`,
    `color-profile`,
    `cursor`,
    `discard`,
    `font-face`,
    `font-face-format`,
    `font-face-name`,
    `font-face-src`,
    `font-face-uri`,
    `foreignobject`,
    `hatch`,
    `hatchpath`,
    `mesh`,
    `meshgradient`,
    `meshpatch`,
    `meshrow`,
    `missing-glyph`,
    `script`,
    `set`,
    `solidcolor`,
    `unknown`,
    `use`,
  ]),
  De = m(
    `math.menclose.merror.mfenced.mfrac.mglyph.mi.mlabeledtr.mmultiscripts.mn.mo.mover.mpadded.mphantom.mroot.mrow.ms.mspace.msqrt.mstyle.msub.msup.msubsup.mtable.mtd.mtext.mtr.munder.munderover.mprescripts`.split(
      `.`,
    ),
  ),
  Oe = m([
    `maction`,
    `maligngroup`,
    `malignmark`,
    `mlongdiv`,
    `mscarries`,
    `mscarry`,
    `msgroup`,
    `mstack`,
    `msline`,
    `msrow`,
    `semantics`,
    `annotation`,
    `annotation-xml`,
    `mprescripts`,
    `none`,
  ]),
  ke = m([`#text`]),
  Ae = m(
    `accept.action.align.alt.autocapitalize.autocomplete.autopictureinpicture.autoplay.background.bgcolor.border.capture.cellpadding.cellspacing.checked.cite.class.clear.color.cols.colspan.command.commandfor.controls.controlslist.coords.crossorigin.datetime.decoding.default.dir.disabled.disablepictureinpicture.disableremoteplayback.download.draggable.enctype.enterkeyhint.exportparts.face.for.headers.height.hidden.high.href.hreflang.id.inert.inputmode.integrity.ismap.kind.label.lang.list.loading.loop.low.max.maxlength.media.method.min.minlength.multiple.muted.name.nonce.noshade.novalidate.nowrap.open.optimum.part.pattern.placeholder.playsinline.popover.popovertarget.popovertargetaction.poster.preload.pubdate.radiogroup.readonly.rel.required.rev.reversed.role.rows.rowspan.spellcheck.scope.selected.shape.size.sizes.slot.span.srclang.start.src.srcset.step.style.summary.tabindex.title.translate.type.usemap.valign.value.width.wrap.xmlns`.split(
      `.`,
    ),
  ),
  je = m(
    `accent-height.accumulate.additive.alignment-baseline.amplitude.ascent.attributename.attributetype.azimuth.basefrequency.baseline-shift.begin.bias.by.class.clip.clippathunits.clip-path.clip-rule.color.color-interpolation.color-interpolation-filters.color-profile.color-rendering.cx.cy.d.dx.dy.diffuseconstant.direction.display.divisor.dominant-baseline.dur.edgemode.elevation.end.exponent.fill.fill-opacity.fill-rule.filter.filterunits.flood-color.flood-opacity.font-family.font-size.font-size-adjust.font-stretch.font-style.font-variant.font-weight.fx.fy.g1.g2.glyph-name.glyphref.gradientunits.gradienttransform.height.href.id.image-rendering.in.in2.intercept.k.k1.k2.k3.k4.kerning.keypoints.keysplines.keytimes.lang.lengthadjust.letter-spacing.kernelmatrix.kernelunitlength.lighting-color.local.marker-end.marker-mid.marker-start.markerheight.markerunits.markerwidth.maskcontentunits.maskunits.max.mask.mask-type.media.method.mode.min.name.numoctaves.offset.operator.opacity.order.orient.orientation.origin.overflow.paint-order.path.pathlength.patterncontentunits.patterntransform.patternunits.pointer-events.points.preservealpha.preserveaspectratio.primitiveunits.r.rx.ry.radius.refx.refy.repeatcount.repeatdur.restart.result.rotate.scale.seed.shape-rendering.slope.specularconstant.specularexponent.spreadmethod.startoffset.stddeviation.stitchtiles.stop-color.stop-opacity.stroke-dasharray.stroke-dashoffset.stroke-linecap.stroke-linejoin.stroke-miterlimit.stroke-opacity.stroke.stroke-width.style.surfacescale.systemlanguage.tabindex.tablevalues.targetx.targety.transform.transform-origin.text-anchor.text-decoration.text-orientation.text-rendering.textlength.type.u1.u2.unicode.values.vector-effect.viewbox.visibility.version.vert-adv-y.vert-origin-x.vert-origin-y.width.word-spacing.wrap.writing-mode.xchannelselector.ychannelselector.x.x1.x2.xmlns.y.y1.y2.z.zoomandpan`.split(
      `.`,
    ),
  ),
  Me = m(
    `accent.accentunder.align.bevelled.close.columnalign.columnlines.columnspacing.columnspan.denomalign.depth.dir.display.displaystyle.encoding.fence.frame.height.href.id.largeop.length.linethickness.lquote.lspace.mathbackground.mathcolor.mathsize.mathvariant.maxsize.minsize.movablelimits.notation.numalign.open.rowalign.rowlines.rowspacing.rowspan.rspace.rquote.scriptlevel.scriptminsize.scriptsizemultiplier.selection.separator.separators.stretchy.subscriptshift.supscriptshift.symmetric.voffset.width.xmlns`.split(
      `.`,
    ),
  ),
  Ne = m([`xlink:href`, `xml:id`, `xlink:title`, `xml:space`, `xmlns:xlink`]),
  Pe = h(/{{[\w\W]*|^[\w\W]*}}/g),
  Fe = h(/<%[\w\W]*|^[\w\W]*%>/g),
  Ie = h(/\${[\w\W]*/g),
  Le = h(/{{|}}|\${|<%|%>|&lt;%|%&gt;/),
  Re = h(/^data-[\-\w.\u00B7-\uFFFF]+$/),
  ze = h(/^aria-[\-\w]+$/),
  Be = h(/^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i),
  Ve = h(/^(?:\w+script|data):/i),
  He = h(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g),
  Ue = h(/^html$/i),
  We = h(/^[a-z][.\w]*(-[.\w]+)+$/i),
  Ge = h(/<[/\w!]/g),
  Ke = h(/<[/\w]/g),
  qe = h(/<\/no(script|embed|frames)/i),
  Je = h(/\/>/i),
  Ye = h(/((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i),
  Xe = h(/^[\r\n\t ]+/),
  M = { element: 1, text: 3, processingInstruction: 7, comment: 8, document: 9, documentFragment: 11 },
  Ze = m(k({}, [`style`, `script`, `xmp`, `iframe`, `noembed`, `noframes`, `plaintext`, `noscript`])),
  Qe = function () {
    return typeof window > `u` ? null : window;
  },
  $e = function (e, t) {
    if (typeof e != `object` || typeof e.createPolicy != `function`) return null;
    let n = null,
      r = `data-tt-policy-suffix`;
    t && t.hasAttribute(r) && (n = t.getAttribute(r));
    let i = `dompurify` + (n ? `#` + n : ``);
    try {
      return e.createPolicy(i, {
        createHTML(e) {
          return e;
        },
        createScriptURL(e) {
          return e;
        },
      });
    } catch {
      return (console.warn(`TrustedTypes policy ` + i + ` could not be created.`), null);
    }
  },
  et = function () {
    return {
      afterSanitizeAttributes: [],
      afterSanitizeElements: [],
      afterSanitizeShadowDOM: [],
      beforeSanitizeAttributes: [],
      beforeSanitizeElements: [],
      beforeSanitizeShadowDOM: [],
      uponSanitizeAttribute: [],
      uponSanitizeElement: [],
      uponSanitizeShadowNode: [],
    };
  },
  N = function (e, t, n, r) {
    return S(e, t) && v(e[t]) ? k(r.base ? ye(r.base) : {}, e[t], r.transform) : n;
  },
  tt = function (e, t, n) {
    let r = S(e, t) ? e[t] : void 0;
    return r && typeof r == `object` ? ve(r) : n;
  };
function nt() {
  let e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : Qe(),
    t = (e) => nt(e);
  if (
    ((t.version = `3.4.18`),
    (t.removed = []),
    !e || !e.document || e.document.nodeType !== M.document || !e.Element)
  )
    return ((t.isSupported = !1), t);
  let n = e.document,
    r = n,
    i = r.currentScript,
    a = e.HTMLTemplateElement,
    o = e.Node,
    s = e.Element,
    l = e.NodeFilter,
    u = e.DOMParser,
    d = e.trustedTypes,
    f = s.prototype,
    p = j(f, `cloneNode`),
    ee = j(f, `remove`),
    te = j(f, `removeAttributeNode`),
    ne = j(f, `nextSibling`),
    b = j(f, `childNodes`),
    x = j(f, `parentNode`),
    ge = j(f, `shadowRoot`),
    _e = j(f, `attributes`),
    C = o && o.prototype ? j(o.prototype, `nodeType`) : null,
    w = o && o.prototype ? j(o.prototype, `nodeName`) : null,
    D = o && o.prototype ? j(o.prototype, `ownerDocument`) : null,
    O = function (e) {
      return C ? C(e) : e.nodeType;
    },
    A = function (e) {
      return w ? w(e) : e.nodeName;
    },
    rt = xe(f, `namespaceURI`),
    it = function (e) {
      return rt ? rt(e) : e.namespaceURI;
    };
  if (typeof a == `function`) {
    let e = n.createElement(`template`);
    e.content && e.content.ownerDocument && (n = e.content.ownerDocument);
  }
  let P,
    F = ``,
    at,
    ot = !1,
    st = 0,
    ct = function () {
      if (st > 0)
        throw E(
          `A configured TRUSTED_TYPES_POLICY callback (createHTML or createScriptURL) must not call DOMPurify.sanitize, as that causes infinite recursion. Do not pass a policy whose callbacks wrap DOMPurify as TRUSTED_TYPES_POLICY; see the "DOMPurify and Trusted Types" section of the README.`,
        );
    },
    lt = function (e) {
      (ct(), st++);
      try {
        return P.createHTML(e);
      } finally {
        st--;
      }
    },
    ut = function (e) {
      return P && Vt ? lt(e) : e;
    },
    dt = function (e) {
      (ct(), st++);
      try {
        return P.createScriptURL(e);
      } finally {
        st--;
      }
    },
    ft = function () {
      return ((ot ||= ((at = $e(d, i)), !0)), at);
    },
    pt = n,
    mt = pt.implementation,
    ht = pt.createNodeIterator,
    gt = pt.createDocumentFragment,
    _t = pt.getElementsByTagName,
    vt = r.importNode,
    I = et();
  t.isSupported = typeof c == `function` && typeof x == `function` && mt && mt.createHTMLDocument !== void 0;
  let yt = Pe,
    bt = Fe,
    xt = Ie,
    St = Re,
    Ct = ze,
    wt = Ve,
    Tt = He,
    Et = We,
    Dt = Be,
    L = null,
    Ot = k({}, [...Ce, ...we, ...Te, ...De, ...ke]),
    R = null,
    kt = k({}, [...Ae, ...je, ...Me, ...Ne]),
    z = null,
    At = null,
    jt = null,
    B = Object.seal(
      g(null, {
        tagCheck: { writable: !0, configurable: !1, enumerable: !0, value: null },
        attributeCheck: { writable: !0, configurable: !1, enumerable: !0, value: null },
      }),
    ),
    Mt = !0,
    Nt = !0,
    Pt = !1,
    Ft = !0,
    V = !1,
    H = !0,
    U = !1,
    It = !1,
    Lt = null,
    Rt = null,
    zt = !1,
    W = !1,
    Bt = !1,
    Vt = !1,
    Ht = !0,
    Ut = !1,
    Wt = `user-content-`,
    Gt = !0,
    Kt = !1,
    G = null,
    K = !1,
    q = null,
    qt = k(
      {},
      `annotation-xml.audio.colgroup.desc.foreignobject.head.iframe.math.mi.mn.mo.ms.mtext.noembed.noframes.noscript.plaintext.script.selectedcontent.style.svg.template.thead.title.video.xmp`.split(
        `.`,
      ),
    ),
    Jt = null,
    Yt = k({}, [`audio`, `video`, `img`, `source`, `image`, `track`]),
    Xt = null,
    Zt = k({}, [
      `alt`,
      `class`,
      `for`,
      `id`,
      `label`,
      `name`,
      `pattern`,
      `placeholder`,
      `role`,
      `summary`,
      `title`,
      `value`,
      `style`,
      `xmlns`,
    ]),
    Qt = `http://www.w3.org/1998/Math/MathML`,
    $t = `http://www.w3.org/2000/svg`,
    J = `http://www.w3.org/1999/xhtml`,
    Y = J,
    en = !1,
    tn = null,
    nn = k({}, [Qt, $t, J], de),
    rn = m(k({}, [`mi`, `mo`, `mn`, `ms`, `mtext`])),
    an = null,
    on = m(k({}, [`annotation-xml`])),
    sn = null,
    cn = m(g(null)),
    ln = k({}, [`title`, `style`, `font`, `a`, `script`]),
    un = null,
    dn = [`application/xhtml+xml`, `text/html`],
    X = null,
    fn = null,
    pn = n.createElement(`form`),
    mn = function (e) {
      return e instanceof RegExp || e instanceof Function;
    },
    hn = function () {
      let e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      ((e && typeof e == `object`) || (e = {}),
        (e = ve(e)),
        (un = dn.indexOf(e.PARSER_MEDIA_TYPE) === -1 ? `text/html` : e.PARSER_MEDIA_TYPE),
        (X = un === `application/xhtml+xml` ? de : y),
        (L = N(e, `ALLOWED_TAGS`, Ot, { transform: X })),
        (R = N(e, `ALLOWED_ATTR`, kt, { transform: X })),
        (tn = N(e, `ALLOWED_NAMESPACES`, nn, { transform: de })),
        (Xt = N(e, `ADD_URI_SAFE_ATTR`, Zt, { transform: X, base: Zt })),
        (Jt = N(e, `ADD_DATA_URI_TAGS`, Yt, { transform: X, base: Yt })),
        (q = N(e, `FORBID_CONTENTS`, qt, { transform: X })),
        (At = N(e, `FORBID_TAGS`, g(null), { transform: X })),
        (jt = N(e, `FORBID_ATTR`, g(null), { transform: X })),
        (K = S(e, `USE_PROFILES`)
          ? e.USE_PROFILES && typeof e.USE_PROFILES == `object`
            ? ve(e.USE_PROFILES)
            : e.USE_PROFILES
          : !1),
        (Mt = e.ALLOW_ARIA_ATTR !== !1),
        (Nt = e.ALLOW_DATA_ATTR !== !1),
        (Pt = e.ALLOW_UNKNOWN_PROTOCOLS || !1),
        (Ft = e.ALLOW_SELF_CLOSE_IN_ATTR !== !1),
        (V = e.SAFE_FOR_TEMPLATES || !1),
        (H = e.SAFE_FOR_XML !== !1),
        (U = e.WHOLE_DOCUMENT || !1),
        (W = e.RETURN_DOM || !1),
        (Bt = e.RETURN_DOM_FRAGMENT || !1),
        (Vt = e.RETURN_TRUSTED_TYPE || !1),
        (zt = e.FORCE_BODY || !1),
        (Ht = e.SANITIZE_DOM !== !1),
        (Ut = e.SANITIZE_NAMED_PROPS || !1),
        (Gt = e.KEEP_CONTENT !== !1),
        (Kt = e.IN_PLACE || !1),
        (Dt = Se(e.ALLOWED_URI_REGEXP) ? e.ALLOWED_URI_REGEXP : Be),
        (Y = typeof e.NAMESPACE == `string` ? e.NAMESPACE : J),
        (an = tt(e, `MATHML_TEXT_INTEGRATION_POINTS`, rn)),
        (sn = tt(e, `HTML_INTEGRATION_POINTS`, on)));
      let t = tt(e, `CUSTOM_ELEMENT_HANDLING`, cn);
      if (
        ((z = g(null)),
        S(t, `tagNameCheck`) && mn(t.tagNameCheck) && (z.tagNameCheck = t.tagNameCheck),
        S(t, `attributeNameCheck`) &&
          mn(t.attributeNameCheck) &&
          (z.attributeNameCheck = t.attributeNameCheck),
        S(t, `allowCustomizedBuiltInElements`) &&
          typeof t.allowCustomizedBuiltInElements == `boolean` &&
          (z.allowCustomizedBuiltInElements = t.allowCustomizedBuiltInElements),
        h(z),
        V && (Nt = !1),
        Bt && (W = !0),
        K &&
          ((S(e, `ALLOWED_TAGS`) || S(e, `ALLOWED_ATTR`)) &&
            typeof console < `u` &&
            typeof console.warn == `function` &&
            console.warn(
              `DOMPurify: USE_PROFILES overrides ALLOWED_TAGS and ALLOWED_ATTR. Do not use these options together.`,
            ),
          (L = k({}, ke)),
          (R = g(null)),
          K.html === !0 && (k(L, Ce), k(R, Ae)),
          K.svg === !0 && (k(L, we), k(R, je), k(R, Ne)),
          K.svgFilters === !0 && (k(L, Te), k(R, je), k(R, Ne)),
          K.mathMl === !0 && (k(L, De), k(R, Me), k(R, Ne))),
        (B.tagCheck = null),
        (B.attributeCheck = null),
        S(e, `ADD_TAGS`) &&
          (typeof e.ADD_TAGS == `function`
            ? (B.tagCheck = e.ADD_TAGS)
            : v(e.ADD_TAGS) && (L === Ot && (L = ye(L)), k(L, e.ADD_TAGS, X))),
        S(e, `ADD_ATTR`) &&
          (typeof e.ADD_ATTR == `function`
            ? (B.attributeCheck = e.ADD_ATTR)
            : v(e.ADD_ATTR) && (R === kt && (R = ye(R)), k(R, e.ADD_ATTR, X))),
        S(e, `ADD_FORBID_CONTENTS`) &&
          v(e.ADD_FORBID_CONTENTS) &&
          (q === qt && (q = ye(q)), k(q, e.ADD_FORBID_CONTENTS, X)),
        Gt && (L[`#text`] = !0),
        U && k(L, [`html`, `head`, `body`]),
        L.table && ((L.tbody = !0), delete At.tbody),
        e.TRUSTED_TYPES_POLICY)
      ) {
        if (typeof e.TRUSTED_TYPES_POLICY.createHTML != `function`)
          throw E(`TRUSTED_TYPES_POLICY configuration option must provide a "createHTML" hook.`);
        if (typeof e.TRUSTED_TYPES_POLICY.createScriptURL != `function`)
          throw E(`TRUSTED_TYPES_POLICY configuration option must provide a "createScriptURL" hook.`);
        let t = P;
        P = e.TRUSTED_TYPES_POLICY;
        try {
          F = lt(``);
        } catch (e) {
          throw ((P = t), e);
        }
      } else
        e.TRUSTED_TYPES_POLICY === null
          ? ((P = void 0), (F = ``))
          : (P === void 0 && (P = ft()), P && typeof F == `string` && (F = lt(``)));
      fn = m(e);
    },
    gn = k({}, [...we, ...Te, ...Ee]),
    _n = k({}, [...De, ...Oe]),
    vn = function (e, t, n) {
      return t === J ? e === `svg` : t === Qt ? e === `svg` && (n === `annotation-xml` || an[n]) : !!gn[e];
    },
    yn = function (e, t, n) {
      return t === J ? e === `math` : t === $t ? e === `math` && sn[n] : !!_n[e];
    },
    bn = function (e, t, n) {
      return (t === $t && !sn[n]) || (t === Qt && !an[n]) ? !1 : !_n[e] && (ln[e] || !gn[e]);
    },
    xn = function (e) {
      let t = it(e),
        n = y(A(e)),
        r = x(e),
        i = Y,
        a = `template`;
      return (
        r && O(r) === M.element && ((i = it(r)), (a = y(A(r)))),
        tn[t]
          ? t === $t
            ? vn(n, i, a)
            : t === Qt
              ? yn(n, i, a)
              : t === J
                ? bn(n, i, a)
                : un === `application/xhtml+xml`
          : !1
      );
    },
    Z = function (e) {
      ae(t.removed, { element: e });
      try {
        x(e).removeChild(e);
      } catch {
        if ((ee(e), !x(e)))
          throw E(
            `a node selected for removal could not be detached from its tree and cannot be safely returned; refusing to sanitize in place`,
          );
      }
    },
    Sn = function (e, t, n) {
      try {
        te(e, t);
      } catch {
        try {
          e.removeAttribute(n);
        } catch {}
      }
    },
    Cn = function (e) {
      En(e);
      let t = b(e);
      (t &&
        _(oe(t), (e) => {
          try {
            ee(e);
          } catch {}
        }),
        O(e) === M.element && wn(e, !1));
    },
    Q = function (e, n, r) {
      if (!r)
        try {
          r = n.getAttributeNode(e);
        } catch {
          r = null;
        }
      if ((ae(t.removed, { attribute: r || null, from: n }), r)) Sn(n, r, e);
      else
        try {
          n.removeAttribute(e);
        } catch {}
      if (e === `is`) {
        if (W || Bt)
          try {
            Z(n);
          } catch {}
        else
          try {
            n.setAttribute(e, ``);
          } catch {}
      }
    },
    wn = function (e, t) {
      let n = _e(e);
      if (n)
        for (let r = n.length - 1; r >= 0; --r) {
          let i = n[r],
            a = i && i.name;
          typeof a == `string` && !(t && R[X(a)]) && Sn(e, i, a);
        }
    },
    Tn = function (e, t) {
      let n = arguments.length > 2 && arguments[2] !== void 0 && arguments[2],
        r = [e];
      for (; r.length > 0;) {
        let e = r.pop();
        if (t(e) === !1) continue;
        if (n && O(e) === M.element) {
          let t = ge(e);
          Hn(t) && r.push(t);
        }
        let i = b(e);
        if (i) for (let e = i.length - 1; e >= 0; --e) r.push(i[e]);
      }
    },
    En = function (e) {
      Tn(e, (e) => {
        O(e) === M.element && wn(e, !0);
      });
    },
    Dn = function (e) {
      let t = [];
      return (
        Tn(
          e,
          (e) => {
            t.push(e);
          },
          !0,
        ),
        t
      );
    },
    On = function (e, t) {
      let n = ce();
      (_(Dn(e), (e) => {
        O(e) === M.element && le(n, e);
      }),
        _(t, (e) => {
          O(e) === M.element && !ue(n, e) && wn(e, !0);
        }));
    },
    kn = function (e, n) {
      let r = !1;
      return (
        _(t.removed, (t) => {
          t.element && ((r ||= t.element === e), En(t.element));
        }),
        On(e, n),
        r
      );
    },
    An = function (e, t) {
      let n = G,
        r = null,
        i = () => (
          r ||
            ((r = ce()),
            _(t, (e) => {
              le(r, e);
            })),
          r
        );
      for (let t = 0; ; t++) {
        let r = Dn(e),
          a = [e],
          o = !1;
        if (
          (_(r, (e) => {
            O(e) === M.documentFragment ? ae(a, e) : !o && !ue(n, e) && (o = ue(i(), e));
          }),
          !o)
        )
          return;
        if (t >= 8) throw E(`the tree kept changing during in-place sanitization; refusing to return it`);
        _(a, (t, n) => {
          jn(t, n > 0, e, i());
        });
      }
    },
    jn = function (e, t, n, r) {
      let i = In(e),
        a;
      for (; (a = i.nextNode());)
        ue(r, a) && !ue(G, a) && (t && $(I.uponSanitizeShadowNode, a, null), rr(a, n));
    },
    Mn = function (e) {
      G && le(G, e);
    },
    Nn = function (e, t) {
      return H ? e === `patchsrc` || (e === `for` && t !== `label` && t !== `output`) : !1;
    },
    Pn = function (e) {
      H &&
        Tn(e, (e) => {
          let t = O(e);
          if (t === M.processingInstruction || (t === M.comment && T(Ke, e.data))) {
            try {
              ee(e);
            } catch {}
            return !1;
          }
          if (t === M.element) {
            let t = e,
              n = X(A(e));
            try {
              (t.hasAttribute && t.hasAttribute(`patchsrc`) && t.removeAttribute(`patchsrc`),
                t.hasAttribute && t.hasAttribute(`for`) && Nn(`for`, n) && t.removeAttribute(`for`));
            } catch {}
          }
          return !0;
        });
    },
    Fn = function (e) {
      let t = null,
        r = null;
      if (zt) e = `<remove></remove>` + e;
      else {
        let t = fe(e, Xe);
        r = t && t[0];
      }
      un === `application/xhtml+xml` &&
        Y === J &&
        (e = `<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body>` + e + `</body></html>`);
      let i = P ? lt(e) : e;
      if (Y === J)
        try {
          t = new u().parseFromString(i, un);
        } catch {}
      if (!t || !t.documentElement) {
        t = mt.createDocument(Y, `template`, null);
        try {
          t.documentElement.innerHTML = en ? F : i;
        } catch {}
      }
      let a = t.body || t.documentElement;
      return (
        e && r && a.insertBefore(n.createTextNode(r), a.childNodes[0] || null),
        Y === J ? _t.call(t, U ? `html` : `body`)[0] : U ? t.documentElement : a
      );
    },
    In = function (e) {
      let t = arguments.length > 1 && arguments[1] !== void 0 && arguments[1],
        n = D ? D(e) : e.ownerDocument;
      return ht.call(
        n || e,
        e,
        (t ? 0 : l.SHOW_ELEMENT) |
          l.SHOW_COMMENT |
          l.SHOW_TEXT |
          l.SHOW_PROCESSING_INSTRUCTION |
          l.SHOW_CDATA_SECTION,
        null,
      );
    },
    Ln = function (e) {
      return ((e = pe(e, yt, ` `)), (e = pe(e, bt, ` `)), (e = pe(e, xt, ` `)), e);
    },
    Rn = function (e) {
      zn(e);
      let t = e.querySelectorAll?.call(e, `template`);
      t &&
        _(t, (e) => {
          Hn(e.content) && Rn(e.content);
        });
    },
    zn = function (e) {
      e.normalize();
      let t = In(e, !0),
        n = t.nextNode();
      for (; n;) ((n.data = Ln(n.data)), (n = t.nextNode()));
    },
    Bn = function (e) {
      let t = w ? w(e) : null;
      return typeof t != `string` || X(t) !== `form`
        ? !1
        : typeof e.nodeName != `string` ||
            typeof e.textContent != `string` ||
            typeof e.removeChild != `function` ||
            e.attributes !== _e(e) ||
            typeof e.removeAttribute != `function` ||
            typeof e.removeAttributeNode != `function` ||
            typeof e.getAttributeNode != `function` ||
            typeof e.setAttribute != `function` ||
            typeof e.namespaceURI != `string` ||
            typeof e.insertBefore != `function` ||
            typeof e.hasChildNodes != `function` ||
            e.nodeType !== C(e) ||
            e.childNodes !== b(e);
    },
    Vn = function (e) {
      if (!C || typeof e != `object` || !e) return null;
      try {
        let t = C(e);
        return typeof t == `number` ? t : null;
      } catch {
        return null;
      }
    },
    Hn = function (e) {
      return Vn(e) === M.documentFragment;
    },
    Un = function (e) {
      return Vn(e) !== null;
    };
  function $(e, n, r) {
    e.length !== 0 &&
      _(e, (e) => {
        e.call(t, n, r, fn);
      });
  }
  let Wn = function (e, t, n) {
      return !!(
        (H &&
          n === M.element &&
          e.hasChildNodes() &&
          !Un(e.firstElementChild) &&
          T(Ge, e.textContent) &&
          T(Ge, e.innerHTML)) ||
        (H &&
          Ze[t] &&
          n === M.element &&
          it(e) === J &&
          (Un(e.firstElementChild) || (typeof e.textContent == `string` && T(Ge, e.textContent)))) ||
        n === M.processingInstruction ||
        (H && n === M.comment && T(Ke, e.data))
      );
    },
    Gn = function (e, t) {
      return e instanceof RegExp ? T(e, t) : e instanceof Function && !!e(t, ...[...arguments].slice(2));
    },
    Kn = function (e, t, n) {
      if (!At[t] && Qn(t) && Gn(z.tagNameCheck, t)) return !1;
      if (Gt && !q[t] && !q[y(t)]) {
        let t = x(e),
          r = b(e);
        if (r && t) {
          let i = r.length;
          for (let a = i - 1; a >= 0; --a) {
            let i = e === n ? p(r[a], !0) : r[a];
            t.insertBefore(i, ne(e));
          }
        }
      }
      return (Z(e), !0);
    },
    qn = function (e, t, n, r) {
      return e.length === 0 ? t : t === n || t === r ? ye(t) : t;
    },
    Jn = function (e, t) {
      return e === t || x(e) !== null ? !1 : (Kt && En(e), !0);
    },
    Yn = function (e, n) {
      if ((Mn(e), $(I.beforeSanitizeElements, e, null), Jn(e, n))) return !0;
      if (Bn(e)) return (Z(e), !0);
      let r = X(A(e)),
        i = O(e);
      if (
        ((L = qn(I.uponSanitizeElement, L, Ot, Lt)),
        $(I.uponSanitizeElement, e, { tagName: r, allowedTags: L }),
        Jn(e, n))
      )
        return !0;
      if (Wn(e, r, i)) return (Z(e), !0);
      if (At[r] || (!(B.tagCheck instanceof Function && B.tagCheck(r)) && !L[r])) {
        let t = Kn(e, r, n);
        return t === !1 && ($(I.afterSanitizeElements, e, null), Jn(e, n)) ? !0 : t;
      }
      if (
        (i === M.element && !xn(e)) ||
        ((r === `noscript` || r === `noembed` || r === `noframes`) && T(qe, e.innerHTML))
      )
        return (Z(e), !0);
      if (V && i === M.text) {
        let n = e.textContent,
          r = Ln(n);
        n !== r && (ae(t.removed, { element: e.cloneNode() }), (e.textContent = r));
      }
      return ($(I.afterSanitizeElements, e, null), Jn(e, n));
    },
    Xn = function (e, t, r) {
      if (jt[t] || Nn(t, e) || (Ht && (t === `id` || t === `name`) && (r in n || r in pn))) return !1;
      let i = R[t] || (B.attributeCheck instanceof Function && B.attributeCheck(t, e));
      if ((Nt && T(St, t)) || (Mt && T(Ct, t))) return !0;
      if (!i)
        return (
          (Qn(e) && Gn(z.tagNameCheck, e) && Gn(z.attributeNameCheck, t, e)) ||
          (t === `is` && z.allowCustomizedBuiltInElements && Gn(z.tagNameCheck, r))
        );
      if (Xt[t]) return !0;
      let a = pe(r, Tt, ``);
      return T(Dt, a) ||
        ((t === `src` || t === `xlink:href` || t === `href`) &&
          e !== `script` &&
          me(r, `data:`) === 0 &&
          Jt[e]) ||
        (Pt && !T(wt, a))
        ? !0
        : !r;
    },
    Zn = k({}, [
      `annotation-xml`,
      `color-profile`,
      `font-face`,
      `font-face-format`,
      `font-face-name`,
      `font-face-src`,
      `font-face-uri`,
      `missing-glyph`,
    ]),
    Qn = function (e) {
      return !Zn[y(e)] && T(Et, e);
    },
    $n = function (e, t, n, r) {
      if (P && typeof d == `object` && typeof d.getAttributeType == `function` && !n)
        switch (d.getAttributeType(e, t)) {
          case `TrustedHTML`:
            return lt(r);
          case `TrustedScriptURL`:
            return dt(r);
        }
      return r;
    },
    er = function (e, t, n, r) {
      try {
        return (n ? e.setAttributeNS(n, t, r) : e.setAttribute(t, r), !Bn(e) || (Z(e), !1));
      } catch {
        return (Q(t, e), !1);
      }
    },
    tr = function (e, t) {
      return H && T(Ye, t) ? !0 : y(e) === `attributename` && me(t, `href`) !== -1;
    },
    nr = function (e, n) {
      if (($(I.beforeSanitizeAttributes, e, null), Jn(e, n))) return;
      let r = e.attributes;
      if (!r || Bn(e)) return;
      R = qn(I.uponSanitizeAttribute, R, kt, Rt);
      let i = { attrName: ``, attrValue: ``, keepAttr: !0, allowedAttributes: R, forceKeepAttr: void 0 },
        a = r.length,
        o = X(A(e));
      for (; a--;) {
        let n = r[a],
          s = n.name,
          c = n.namespaceURI,
          l = n.value,
          u = X(s),
          d = l,
          f = s === `value` ? d : he(d),
          p = !1;
        ((i.attrName = u),
          (i.attrValue = f),
          (i.keepAttr = !0),
          (i.forceKeepAttr = void 0),
          $(I.uponSanitizeAttribute, e, i),
          (f = i.attrValue),
          Ut && (u === `id` || u === `name`) && me(f, Wt) !== 0 && (Q(s, e, n), (f = Wt + f), (p = !0)),
          tr(s, f)
            ? Q(s, e, n)
            : i.forceKeepAttr ||
              (i.keepAttr
                ? !Ft && T(Je, f)
                  ? Q(s, e, n)
                  : (V && (f = Ln(f)),
                    Xn(o, u, f)
                      ? ((f = $n(o, u, c, f)), f !== d && er(e, s, c, f) && p && ie(t.removed))
                      : Q(s, e, n))
                : Q(s, e, n)));
      }
      ($(I.afterSanitizeAttributes, e, null), Jn(e, n));
    },
    rr = function (e, t) {
      (Yn(e, t), nr(e, t), Hn(e.content) && ir(e.content));
    },
    ir = function (e) {
      let t = null,
        n = In(e);
      for ($(I.beforeSanitizeShadowDOM, e, null); (t = n.nextNode());)
        if (($(I.uponSanitizeShadowNode, t, null), rr(t, e), O(t) === M.element)) {
          let e = ge(t);
          Hn(e) && (ar(e), ir(e));
        }
      (V && zn(e), $(I.afterSanitizeShadowDOM, e, null));
    },
    ar = function (e) {
      let t = [{ node: e, shadow: null }];
      for (; t.length > 0;) {
        let e = t.pop();
        if (e.shadow) {
          ir(e.shadow);
          continue;
        }
        let n = e.node,
          r = O(n) === M.element,
          i = b(n);
        if (i) for (let e = i.length - 1; e >= 0; --e) t.push({ node: i[e], shadow: null });
        if (r) {
          let e = w ? w(n) : null;
          if (typeof e == `string` && X(e) === `template`) {
            let e = n.content;
            Hn(e) && t.push({ node: e, shadow: null });
          }
        }
        if (r) {
          let e = ge(n);
          Hn(e) && t.push({ node: null, shadow: e }, { node: e, shadow: null });
        }
      }
    };
  return (
    (t.sanitize = function (e) {
      let n = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {},
        i = null,
        a = null,
        o = null,
        s = null;
      if (
        ((en = !e),
        en && (e = `<!-->`),
        typeof e != `string` && !Un(e) && ((e = be(e)), typeof e != `string`))
      )
        throw E(`dirty is not a string, aborting`);
      if (!t.isSupported) return e;
      (It ? ((L = Lt), (R = Rt)) : hn(n), (t.removed = []));
      let c = Kt && typeof e != `string` && Un(e),
        l = [],
        u = G;
      if (c) {
        Pn(e);
        let t = A(e);
        if (typeof t == `string`) {
          let n = X(t);
          if (!L[n] || At[n]) throw (Cn(e), E(`root node is forbidden and cannot be sanitized in-place`));
        }
        if (Bn(e)) throw (Cn(e), E(`root node is clobbered and cannot be sanitized in-place`));
        ((l = Dn(e)), (G = ce()));
      } else if (Un(e))
        ((i = Fn(`<!---->`)),
          (a = i.ownerDocument.importNode(e, !0)),
          (a.nodeType === M.element && a.nodeName === `BODY`) || a.nodeName === `HTML`
            ? (i = a)
            : i.appendChild(a),
          ar(i));
      else {
        if (!W && !V && !U && e.indexOf(`<`) === -1) return ut(e);
        if (((i = Fn(e)), !i)) return W ? null : Vt ? F : ``;
      }
      i && zt && Z(i.firstChild);
      let d = c ? e : i;
      try {
        c && ar(e);
        let t = In(d);
        for (; (o = t.nextNode());) rr(o, d);
        c && An(e, l);
      } catch (t) {
        throw (c && (Cn(e), kn(e, l)), t);
      } finally {
        G = u;
      }
      if (c) {
        if (kn(e, l))
          throw E(`a node selected for removal could not be safely returned; refusing to sanitize in place`);
        return (V && Rn(e), e);
      }
      if (W) {
        if ((V && Rn(i), Bt)) for (s = gt.call(i.ownerDocument); i.firstChild;) s.appendChild(i.firstChild);
        else s = i;
        return ((R.shadowroot || R.shadowrootmode) && (s = vt.call(r, s, !0)), s);
      }
      let f = () => (U ? i.outerHTML : i.innerHTML),
        p = f();
      return (
        V && T(Le, p) && (zn(i), (p = f())),
        U &&
          L[`!doctype`] &&
          i.ownerDocument &&
          i.ownerDocument.doctype &&
          i.ownerDocument.doctype.name &&
          T(Ue, i.ownerDocument.doctype.name) &&
          (p =
            `<!DOCTYPE ` +
            i.ownerDocument.doctype.name +
            `>
` +
            p),
        ut(p)
      );
    }),
    (t.setConfig = function () {
      let e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      (hn(e), (It = !0), (Lt = L), (Rt = R));
    }),
    (t.clearConfig = function () {
      ((fn = null), (It = !1), (Lt = null), (Rt = null), (P = at), (F = ``));
    }),
    (t.isValidAttribute = function (e, t, n) {
      fn || hn({});
      let r = X(e),
        i = X(t);
      return typeof n == `string` && (tr(t, n) || (!Ft && T(Je, n))) ? !1 : Xn(r, i, n);
    }),
    (t.addHook = function (e, t) {
      typeof t == `function` && S(I, e) && ae(I[e], t);
    }),
    (t.removeHook = function (e, t) {
      if (S(I, e)) {
        if (t !== void 0) {
          let n = re(I[e], t);
          return n === -1 ? void 0 : se(I[e], n, 1)[0];
        }
        return ie(I[e]);
      }
    }),
    (t.removeHooks = function (e) {
      S(I, e) && (I[e] = []);
    }),
    (t.removeAllHooks = function () {
      I = et();
    }),
    t
  );
}
var rt = nt();
export { rt as default };
