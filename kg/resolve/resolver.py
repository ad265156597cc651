"""The resolver: mentions -> nodes, by blocking keys and the evidence rules, batch by batch.

Blocking: a mention is compared only with the nodes that share a blocking key with it —
a name key, an alias line, an organization's word set, a person's name in pinyin or
ambassador post — or that share most of its (glossed) words and, for events, the start
month or edition and year, for organizations the country (what the rules need for a
match of similar or translated names). So resolving is linear in the number of mentions,
never all pairs.

Order: organizations first (events use their hosts), then events (dated or numbered before
undated, parents before sub-events), then people (they use both). A mention joins the one
node whose rules accept it; several accepting nodes that do not conflict are merged.

IRIs (docs/graph-model.md, "Identity"): a node keeps the IRI of its first mention — the
IRI that mention's own name gives, as before resolution — so it does not change when more
articles arrive. When a mention joins two nodes, the node with the smaller IRI keeps it
and the other is retired (``owl:sameAs`` to the kept one when it was already stored).
"""

from __future__ import annotations

import gc
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from kg.graph.iris import Iris, name_hash
from kg.model import EventRecord
from kg.model.names import has_han
from kg.resolve import gloss, rules, text
from kg.resolve.aliases import Aliases, load_aliases
from kg.resolve.mentions import Mention, MentionId, from_record
from kg.resolve.rules import Verdict

#: a word shared by more organizations than this proposes no candidates (too common: "china")
MAX_POSTING = 100
#: an ambassador post with more holders than this in the other script proposes none (ambiguous)
MAX_HOLDERS = 20
#: a node with similar words shares this share of the mention's words (English words, or Chinese words glossed)
WORD_SHARE = 0.75
KINDS = ("org", "event", "person")
#: the blocks that gate the word match of events: start month, edition and year
GATES = ("m:", "e:")
_ALIAS = re.compile(r"alias:\d+")
_NO_NODES: frozenset[Cluster] = frozenset()  # a block no node is indexed under


class Cluster(rules.Node):
    """A node: its mentions, its IRI (None until assigned), its blocking keys."""

    _seq = itertools.count()

    def __init__(self, kind: str, iri: str | None = None) -> None:
        self.kind = kind
        self.iri = iri
        self.members: list[Mention] = []
        self.keys: set[str] = set()
        self.strong: set[str] = set()
        self.blocks: set[str] = set()
        self.words: set[str] = set()  # the "xe:" / "xz:" word blocks
        self.gates: set[str] = set()  # the GATES blocks
        self.countries: set[str] = set()  # its mentions' countries
        self.seq = next(self._seq)
        self.rank: tuple = (1, self.seq)  # candidates come in this order: stored nodes first (kg.resolve.stored's order)
        self.stored = iri is not None  # named in the store before this batch
        self.first: Mention | None = None  # the mention that names it: the first to arrive
        self.opened: Decision | None = None  # the decision of the mention that started it

    def __repr__(self) -> str:
        return f"Cluster({self.kind}, {self.iri}, {[m.names[0] for m in self.members]})"


@dataclass
class Decision:
    """Why a mention joined a node (or started one), for ``kg resolve --explain``."""

    mention: Mention
    node: Cluster
    verdict: Verdict | None  # None: started the node
    against: list[tuple[Cluster, Verdict]] = field(default_factory=list)  # candidates kept apart


class Source(Protocol):
    """Where a resolver reads stored mentions on demand (:class:`kg.resolve.stored.StoredSource`)."""

    def nodes(self, keys: set[str]) -> set[str]:
        """The IRIs of the stored nodes with a mention that has any of ``keys`` (blocks, ``n:`` name keys)."""

    def mentions(self, nodes: set[str]) -> list[Mention]:
        """Every stored mention of ``nodes``, in graph and node order."""

    def article(self, graph: str) -> list[Mention]:
        """The stored mentions of one article graph."""


class Resolver:
    """Resolves the mentions of new records against the nodes already known (stored or earlier in the batch).

    The stored mentions come from :meth:`load` (all of them) or, with a :class:`Source`, on demand: a block
    is read from the store the first time the resolver looks at it (every stored node indexed under it,
    whole: all its mentions, and the nodes they refer to), and so are a name the resolver gives a node,
    the nodes of an article it forgets and the articles of a stored node it retires. What it looks at is
    then what a full load holds, so the outcome is the same, at the cost of the nodes a batch touches.
    """

    def __init__(self, iris: Iris, aliases: Aliases | None = None) -> None:
        self.iris = iris
        self.aliases = aliases or load_aliases()
        self.of: dict[MentionId, Cluster] = {}
        self.index: defaultdict[str, set[Cluster]] = defaultdict(set)  # read with .get: a lookup adds no block
        # (GATES block, word block) -> the nodes under both
        self.gated: defaultdict[tuple[str, str], set[Cluster]] = defaultdict(set)
        self.weak: defaultdict[str, set[Cluster]] = defaultdict(set)  # "a:" block -> its nodes known by no strong key
        self.by_iri: dict[str, Cluster] = {}
        self.decisions: list[Decision] = []
        self.retired: list[tuple[str, str, str]] = []  # (retired IRI, kept IRI, article IRI)
        self.arrivals = 0  # mentions given so far
        self._series: dict[Cluster, str | None] = {}  # the series of each event node, for the nodes as they are now
        self.source: Source | None = None  # stored mentions read on demand (else: given to load)
        self._read: set[str] = set()  # node IRIs whose stored mentions are read (with a source)
        self._blocks_read: set[str] = set()  # blocks whose stored nodes are read (with a source)
        self._dropped: set[str] = set()  # articles forgotten: their stored mentions are never read again
        self._stored_articles: set[str] = set()  # articles of the stored mentions read (with a source)

    # -- keys -----------------------------------------------------------------------
    def _keys(self, m: Mention) -> tuple[set[str], set[str]]:
        """(all exact keys, strong keys): names, alias lines; people also by pinyin."""
        names = m.name_keys
        found = set(names) | self.aliases.keys(names)
        if m.kind == "person":
            found |= {k for n in m.names if has_han(n) for k in rules.pinyin_keys(n)}
        if m.kind != "org":
            return found, found
        first = text.key(m.names[0])
        strong = {k for n in m.names if (k := text.key(n)) and not text.relative(n)
                  and not text.abbreviation(n, k, first)} | (found - names)
        return found, strong

    def _blocks(self, m: Mention, keys: set[str], strong: set[str] | None = None) -> set[str]:
        """Where a mention is indexed: "k:" strong name keys, "a:" abbreviations (organizations),
        "w:" word sets, "x:" words, "m:" start months, "y:" start years (dated to the year only),
        "yw:"/"mw:" event words by start year (dated to the year only, or undated and put in that
        year by its article: :func:`kg.resolve.rules.placed_years` / dated more precisely), "e:" editions,
        "ew:" event words by edition (a numbered report meets its edition in the other language, one
        side undated), "amb:" ambassador posts."""
        strong = keys if strong is None else strong
        blocks = {f"k:{k}" for k in strong} | {f"a:{k}" for k in keys - strong}
        if m.kind == "event":
            if m.start and len(m.start) >= 7:
                blocks.add(f"m:{m.start[:7]}")
            elif m.start and len(m.start) == 4:
                blocks.add(f"y:{m.start}")
            if m.edition is not None:
                blocks.add(f"e:{m.edition}:{m.year}")
        elif m.kind == "org":
            blocks |= {"w:" + " ".join(sorted(w)) for w in m.english_words}
        # words, Chinese names by their glossed words (the cross-language blocks); an organization's
        # within its country, the only place the rules accept a translated name
        scope = "" if m.kind == "event" else f"{m.country}:" if m.kind == "org" and m.country else None
        if scope is not None:  # "xe:" English words, "xz:" Chinese words glossed in English (in the singular)
            blocks |= {f"xe:{scope}{w}" for ws in m.english_words for w in gloss.singular_words(ws)}
            blocks |= {f"xz:{scope}{w}" for n in m.chinese_names for en in gloss.singular_gloss(n) for w in en}
            words = {b for b in blocks if b.startswith("x")}
            if m.kind == "event" and m.start and len(m.start) >= 4:  # "yw:" year-only starts, "mw:" the others
                tag = "yw" if len(m.start) == 4 else "mw"
                blocks |= {f"{tag}:{m.start[:4]}:{b}" for b in words}
            elif m.kind == "event":  # undated: as a year-only start in each year its article can put it in
                blocks |= {f"yw:{y}:{b}" for y in rules.placed_years(m, self.node) for b in words}
            if m.kind == "event" and m.edition is not None:  # "ew:" by edition, whatever the year
                blocks |= {f"ew:{m.edition}:{b}" for b in words}
        if m.kind == "person":
            if m.ambassador:  # a foreign name transliterated (亚历山大·切尔维亚科夫) pairs with the Latin one
                blocks |= {f"amb:{m.ambassador}:{'zh' if has_han(n) else 'en'}" for n in m.names
                           if not has_han(n) or rules.transliterated(n)}
            blocks |= {f"p:{k}|{c}" for k in keys for c in self._contexts(m)}
        return blocks

    def _contexts(self, m: Mention) -> set[str]:
        """A person's organizations, ambassador post and attended events: a same name needs one of them."""
        found = {n.iri for _, r in m.posts if (n := self.node(r))} | {n.iri for r in m.attended if (n := self.node(r))}
        return found | ({f"amb:{m.ambassador}"} if m.ambassador else set())

    def _index(self, c: Cluster, blocks: set[str]) -> None:
        paired = len(c.gates), len(c.words)
        for b in blocks - c.blocks:
            self.index[b].add(c)
            if b.startswith("x"):
                c.words.add(b)
            elif b.startswith(GATES):
                c.gates.add(b)
            elif b.startswith("a:") and not c.strong:
                self.weak[b].add(c)
        c.blocks |= blocks
        if (len(c.gates), len(c.words)) != paired:
            for pair in itertools.product(c.gates, c.words):
                self.gated[pair].add(c)

    def _gated(self, gates: list[str], probes: set[str], need: int) -> set[Cluster]:
        """The nodes under any of ``gates`` with at least ``need`` of the probed word blocks."""
        return _at_least(need, (_union([self.gated.get((g, p), _NO_NODES) for g in gates]) for p in probes))

    def _candidates(self, m: Mention, blocks: set[str], abbreviations: bool = True, wide: bool = False) -> list[Cluster]:
        """Nodes sharing a name key (or word set, alias line, ambassador post) with the mention,
        and nodes whose words are close enough to be similar names: for events only among those
        starting in the same month (or year, when one is dated to the year only or undated and put
        in that year by its article) or with the same edition and year, for organizations only in
        the same country (what the rules ask of such a match). Nodes sharing only an abbreviation
        are candidates when ``abbreviations`` (a mention named by abbreviations alone); people of
        the same name without a shared context only when ``wide`` (for ``kg resolve --explain``)."""
        found: set[Cluster] = set()
        gates: list[str] = []
        for b in blocks:
            if b.startswith(("x", "yw:", "mw:", "ew:", "y:")):
                continue  # word blocks, a start year only: below
            if b.startswith("k:") and m.kind == "person" and not wide:
                continue  # a same name alone never merges people: the "p:" blocks pair name and context
            if b.startswith("amb:"):  # an ambassador's name in the other script
                other = self.posting(b[:-2] + ("en" if b.endswith("zh") else "zh"))
                if len(other) <= MAX_HOLDERS:
                    found |= other
                continue
            nodes = self.posting(b)
            if b.startswith(GATES):
                gates.append(b)
            elif b.startswith("a:") and not abbreviations:
                found |= self.weak.get(b, _NO_NODES)  # nodes known only by this abbreviation
            else:
                found |= nodes
        probes = {p for b in blocks if b.startswith("x") for p in _word_probes(b)}
        need = max(2, math.ceil(WORD_SHARE * _word_count(m)))
        if m.kind == "event":
            found |= self._gated(gates, probes, need)
            # a start given as a year only overlaps every month of it: words of that year's events
            year = next((b[2:] for b in blocks if b.startswith("y:")), None)
            if m.start and not year:
                scopes = [f"yw:{m.start[:4]}:"]
            else:  # a year-only start, or the years an undated event's article can put it in: every event of them
                years = [year] if year else sorted(rules.placed_years(m, self.node))
                scopes = [f"{tag}:{y}:" for y in years for tag in ("yw", "mw")]
            editions = [f"ew:{m.edition}:"] if m.edition is not None else []
            found |= _word_hits(self.posting, [scopes, editions], probes, need)
        elif m.kind == "org":
            found |= _word_hits(self.posting, [[""]], probes, need)
        return sorted((c for c in found if c.kind == m.kind and c.members), key=lambda c: c.rank)

    # -- membership ---------------------------------------------------------------------
    def _join(self, m: Mention, c: Cluster, keys: set[str], strong: set[str], blocks: set[str]) -> None:
        c.members.append(m)
        if m.country is not None:
            c.countries.add(m.country)
        c.keys |= keys
        self._strengthen(c, strong)
        self.of[m.id] = c
        self._index(c, blocks)

    def _strengthen(self, c: Cluster, strong: set[str]) -> None:
        """Add strong keys to a node (one known only by abbreviations no longer is)."""
        if strong and not c.strong:
            self._unweak(c)
        c.strong |= strong

    def _unweak(self, c: Cluster) -> None:
        """Take a node known only by abbreviations out of :attr:`weak` (it gains a strong key, or is retired)."""
        for b in c.blocks:
            if b.startswith("a:"):
                self.weak[b].discard(c)

    def _merge(self, keep: Cluster, gone: Cluster, article: str) -> None:
        if gone.stored and self.source is not None:  # the stored mentions naming it, read while it is named so
            self._read_nodes({x.iri for g in {m.article for m in gone.members} for x in self.source.article(g)})
        for m in gone.members:
            self.of[m.id] = keep
        keep.members += gone.members
        keep.countries |= gone.countries
        keep.keys |= gone.keys
        self._strengthen(keep, gone.strong)
        if not gone.strong:
            self._unweak(gone)
        for b in gone.blocks:
            self.index[b].discard(gone)
        for pair in itertools.product(gone.gates, gone.words):
            self.gated[pair].discard(gone)
        self._index(keep, gone.blocks)
        if keep.first is not None and gone.first is not None and gone.first.arrival < keep.first.arrival:
            keep.first = gone.first  # the kept IRI stays (the smaller); later mentions compare with the earliest
        self.by_iri[gone.iri] = keep
        if gone.stored:
            self.retired.append((gone.iri, keep.iri, article))
        gone.members = []
        gone.countries = set()

    def node(self, ref: MentionId | None) -> Cluster | None:
        """The node of a mention (None: none, or one of the batch not resolved yet). A stored mention's
        reference to a node not read yet (an event of its article the rules compare: its editions) is
        read then, so the rules see what a full load holds."""
        if not ref:
            return None
        found = self.of.get(ref)
        if found is None and ref[0] in self._stored_articles and ref[0] not in self._dropped:
            self._read_nodes({ref[1]})  # a stored mention's local name is its node's IRI
            found = self.of.get(ref)
        return found

    # -- loading what the store holds ---------------------------------------------------
    def load(self, mentions: Iterable[Mention]) -> list[tuple[str, str, str]]:
        """Known mentions (each with the IRI of the node it resolved to), in a stable order (graph and node).
        Returns their rows for the store's key index (:mod:`kg.resolve.keyindex`)."""
        self._series.clear()
        with _collector_paused():
            return self._load(mentions)

    def _load(self, mentions: Iterable[Mention]) -> list[tuple[str, str, str]]:
        """Join stored mentions to their nodes. An undated event its article's other events can place
        (:func:`kg.resolve.rules.companion_time`) is indexed once every mention given has its node, so its
        blocks are those of the nodes as loaded, whatever the order (a lazy read gives them whole with it)."""
        rows: list[tuple[str, str, str]] = []
        placed: list[Mention] = []
        for m in sorted(mentions, key=lambda m: KINDS.index(m.kind)):  # people's blocks name their orgs' nodes
            c = self.by_iri.get(m.iri)
            if c is None:
                c = self.by_iri[m.iri] = Cluster(m.kind, m.iri)
                c.rank = (0, KINDS.index(m.kind), m.article, m.local)  # where a full load creates it
            keys, strong = self._keys(m)
            if _companion_placed(m):
                self._join(m, c, keys, strong, set())
                placed.append(m)
            else:
                blocks = self._blocks(m, keys, strong)
                self._join(m, c, keys, strong, blocks)
                rows += _rows(m, blocks)
        for m in placed:  # now that its article's other events have their nodes
            blocks = self._reindex(m)
            # the years its article's other events give change with other articles: the key index finds
            # it by its words whatever the year ("cw:"), for any "yw:" block of them (:meth:`posting`)
            rows += _rows(m, blocks | {f"cw:{b}" for b in blocks if b.startswith("x")})
        return rows

    def _reindex(self, m: Mention) -> set[str]:
        """Index a resolved mention's node again under the mention's blocks as they are now (returned)."""
        keys, strong = self._keys(m)
        blocks = self._blocks(m, keys, strong)
        self._index(self.of[m.id], blocks)
        return blocks

    def _companions_dated(self, c: Cluster) -> None:
        """A node dated in a new year: the undated events its members' articles name besides now
        have that time (:func:`kg.resolve.rules.companion_time`), so index them under it. (Read
        lazily, they are read with the node: :meth:`_read_nodes`.)"""
        for x in list(c.members):
            for ref in x.companions:
                other = self.of.get(ref)
                y = next((y for y in other.members if y.id == ref), None) if other is not None else None
                if y is not None and other is not c and not y.anchored:
                    self._reindex(y)

    def posting(self, block: str) -> Set[Cluster]:
        """The nodes indexed under ``block`` (with a source, its stored nodes read first; for a "yw:"
        block also the stored undated events with its word that their articles' other events may place)."""
        if self.source is not None and block not in self._blocks_read:
            self._blocks_read.add(block)
            keys = {f"n:{k}" for k in self.aliases.line_keys(a.group())} if (a := _ALIAS.search(block)) else {block}
            if block.startswith("yw:"):
                keys.add("cw:" + block.split(":", 2)[2])
            self._read_nodes(self.source.nodes(keys))
        return self.index.get(block, _NO_NODES)

    def _read_nodes(self, nodes: set[str]) -> None:
        """Read the stored mentions of ``nodes`` not read yet, and of the nodes they refer to, whole; and
        for events, the nodes an undated one's time depends on (:meth:`_placing`)."""
        if self.source is None:
            return
        todo, found = nodes - self._read, []
        while todo:
            self._read |= todo
            more = [m for m in self.source.mentions(todo) if m.article not in self._dropped]
            self._stored_articles |= {m.article for m in more}
            found += more
            todo = {ref[1] for m in more for ref in _references(m)} | self._placing(more)
            todo -= self._read
        if found:
            self._load(found)

    def _placing(self, read: list[Mention]) -> set[str]:
        """The stored nodes a full load holds when these mentions' blocks are computed: an undated
        event's article's other events (they may place it in time), and the undated events of an
        event's article (its node may place them), so that each is indexed as a full load indexes it."""
        found: set[str] = set()
        for m in read:
            if m.kind != "event" or not m.companions:
                continue
            if not m.anchored:
                found |= {ref[1] for ref in m.companions}
            others = {x.id: x for x in self.source.article(m.article)} if self.source is not None else {}
            found |= {ref[1] for ref in m.companions if ref in others and not others[ref].anchored}
        return found

    def forget(self, article: str) -> None:
        """Drop an article's mentions (its graph is being replaced); its nodes keep their IRIs."""
        if self.source is not None:  # its stored nodes as a full load holds them, then without it
            self._read_nodes({m.iri for m in self.source.article(article)})
            self._dropped.add(article)
        self._series.clear()
        for mid in [mid for mid in self.of if mid[0] == article]:
            c = self.of.pop(mid)
            c.members = [m for m in c.members if m.id != mid]
            c.countries = {m.country for m in c.members} - {None}

    # -- resolving ------------------------------------------------------------------------
    def resolve(self, m: Mention) -> Decision:
        keys, strong = self._keys(m)
        blocks = self._blocks(m, keys, strong)
        accepted: list[tuple[Cluster, Verdict]] = []
        rejected: list[tuple[Cluster, Verdict]] = []
        for c in self._candidates(m, blocks, abbreviations=not strong):
            if not c.members:
                continue
            verdict = self._verdict(m, keys, strong, c)
            (accepted if verdict.merge else rejected).append((c, verdict))
        undated: list[Cluster] = []
        if m.kind == "event" and len(accepted) > 1:  # undated nodes give way to the dated ones (as in one batch)
            dated = [(c, v) for c, v in accepted if any(x.anchored for x in c.members)]
            if dated and len(dated) < len(accepted):
                undated = [c for c, _ in accepted if not any(x.anchored for x in c.members)]
                accepted = dated
            elif not dated and m.anchored:  # the first dated mention: it joins the earliest, the others follow
                accepted = sorted(accepted, key=lambda cv: (_first_arrival(cv[0]), cv[0].iri))
                undated = [c for c, _ in accepted[1:]]
                accepted = accepted[:1]
        if len(accepted) > 1 and not self._compatible([c for c, _ in accepted]):
            rejected += [(c, Verdict(False, ["matches several distinct nodes"])) for c, _ in accepted]
            accepted = []
        if not accepted:
            c = Cluster(m.kind)
            self._name(c, m)
            self._join(m, c, keys, strong, blocks)
            decision = c.opened = Decision(m, c, None, rejected)
        else:
            years = {x.start[:4] for c, _ in accepted for x in c.members if x.start}
            keep = min((c for c, _ in accepted), key=lambda c: c.iri)
            for c, _ in accepted:
                if c is not keep:
                    self._merge(keep, c, m.article)
            self._join(m, keep, keys, strong, blocks)
            renamed = not keep.stored and keep.first is not None and m.arrival < keep.first.arrival
            if renamed:
                self._name(keep, m)  # named after the mention that came first, whatever the resolution order
            for c in undated:  # resolved after the dated mentions, as in one batch: they join if the node accepts them
                if self._accepts(keep, c):
                    self._merge(keep, c, m.article)
                else:
                    rejected.append((c, Verdict(False, ["undated, and the dated node it matches does not accept it"])))
            if m.start and m.start[:4] not in years:
                self._companions_dated(keep)
            decision = Decision(m, keep, accepted[0][1] if len(accepted) == 1 else Verdict(
                True, [f"{c.iri or 'new node'}: {v}" for c, v in accepted]), rejected)
            if renamed and keep.opened is not None and keep.opened.verdict is None:
                keep.opened.verdict = decision.verdict  # the mention that started it now joins a node named otherwise
            if renamed:
                keep.opened = decision
        self.decisions.append(decision)
        return decision

    def _verdict(self, m: Mention, keys: set[str], strong: set[str], c: Cluster) -> Verdict:
        if self.aliases.kept_apart(keys, c.keys):
            return Verdict(False, ["kept apart by the alias file"])
        if m.kind == "event":
            return rules.event(m, keys, c, self.node, lambda: self._ambiguous(keys, c))
        if m.kind == "org":
            alias_hit = bool({k for k in keys if k.startswith("alias:")} & c.keys)
            return rules.org(m, keys, strong, c, c.strong, alias_hit,
                             lambda: all(sum(1 for x in self.posting(f"a:{k}") if x.members) <= 1
                                         for k in keys & c.keys))
        return rules.person(m, keys, c, self.node)

    def _ambiguous(self, keys: set[str], c: Cluster, besides: Cluster | None = None) -> bool:
        """True when the name is shared by another node too (not ``besides``): an edition of the same series."""
        series = {x for k in keys | c.keys for x in self.posting(f"k:{k}")
                  if x.members and x.kind == "event" and x is not besides}
        return len(series) > 1

    def _accepts(self, keep: Cluster, undated: Cluster) -> bool:
        """Whether ``keep`` accepts every mention of an undated event node, as if they came after its own."""
        for x in undated.members:
            keys = self._keys(x)[0]
            if not rules.event(x, keys, keep, self.node, lambda: self._ambiguous(keys, keep, undated)).merge:
                return False
        return True

    def _compatible(self, nodes: list[Cluster]) -> bool:
        first = nodes[0]
        return all(rules.event(m, self._keys(m)[0], first, self.node, lambda: False).merge
                   for c in nodes[1:] for m in c.members[:1]) if first.kind == "event" else True

    def add(self, records: Iterable[EventRecord],
            on_error: Callable[[EventRecord, Exception], None] | None = None) -> Resolution:
        """Resolve the mentions of ``records`` (articles not in the resolver) and name their nodes.

        A record whose mentions cannot be read goes to ``on_error`` (else raises) and is left out."""
        with _collector_paused():
            return self._add(records, on_error)

    def _add(self, records: Iterable[EventRecord],
             on_error: Callable[[EventRecord, Exception], None] | None) -> Resolution:
        for c in self.of.values():  # the nodes of earlier batches are written: merging one retires its IRI
            c.stored = True
        mentions: list[Mention] = []
        for record in records:
            try:
                mentions += from_record(record, self.iris)
            except Exception as exc:  # one bad record never stops a batch
                if on_error is None:
                    raise
                on_error(record, exc)
        for m in mentions:
            m.arrival = self.arrivals
            self.arrivals += 1
        start = len(self.decisions)
        retired = len(self.retired)
        self._series.clear()
        for kind in KINDS:
            ms = [m for m in mentions if m.kind == kind]
            if kind == "event":
                ms = _event_order(ms)
            for m in ms:
                self.resolve(m)
        decisions = self.decisions[start:]
        return Resolution(self, decisions, self.retired[retired:], self._series_changes(decisions))

    def _name(self, c: Cluster, first: Mention) -> None:
        """Give a node (new, or not yet written) the IRI its first mention's name gives."""
        iri = first.default_iri
        self._read_nodes({iri})
        if iri in self.by_iri and self.by_iri[iri] is not c and self.by_iri[iri].members:
            iri = iri.rsplit("/", 1)[0] + "/" + name_hash(c.kind, iri, first.article, first.local)
            self._read_nodes({iri})
        if c.iri is not None and self.by_iri.get(c.iri) is c:
            del self.by_iri[c.iri]
        c.iri = iri
        c.first = first
        self.by_iri[iri] = c

    # -- series -------------------------------------------------------------------------
    def series(self, c: Cluster) -> str | None:
        """The series node of an event node: the event nodes linked, directly or through one
        another, by an edition-free name that is more than a kind of event ("Forum", "大会"),
        when they are two or more or one of them names its edition or year. Its IRI hashes the
        smallest of those names' keys, so it depends only on the nodes, never on the order in
        which their articles came (docs/graph-model.md, "Identity")."""
        if c not in self._series:
            group, keys = self._series_group(c)
            numbered = len(group) > 1 or any(m.numbered for x in group for m in x.members)
            iri = f"{self.iris.base}series/{name_hash('series', min(keys))}" if keys and numbered else None
            self._series.update(dict.fromkeys(group, iri))
        return self._series[c]

    def _series_group(self, c: Cluster) -> tuple[set[Cluster], set[str]]:
        """The event nodes linked to ``c`` by series keys, and those keys."""
        group, keys, todo = {c}, set(), [c]
        while todo:
            for k in _series_keys(todo.pop()) - keys:
                keys.add(k)
                for x in self.posting(f"k:{k}"):
                    if x not in group and x.members and x.kind == "event" and k in _series_keys(x):
                        group.add(x)
                        todo.append(x)
        return group, keys

    def _series_changes(self, decisions: list[Decision]) -> list[SeriesChange]:
        """The series links that article graphs written before this batch must change to: those
        of the mentions of every series group this batch touched. Every mention of those groups
        is then taken as written with its node's series."""
        batch = {d.mention.article for d in decisions}
        nodes = {self.of[d.mention.id] for d in decisions if d.mention.kind == "event"}
        seen: set[Cluster] = set()
        changes: list[SeriesChange] = []
        for c in nodes:
            if c in seen:
                continue
            group, _ = self._series_group(c)
            seen |= group
            for x in group:
                want = self.series(x)
                for m in x.members:
                    if m.series != want and m.article not in batch:
                        changes.append(SeriesChange(m.article, x.iri, m.series, want, text.core(m.names[0])))
                    m.series = want
        return changes


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (when it runs) while a batch is resolved or loaded: the nodes,
    blocks and mention features it makes are millions of objects it keeps, which the collector's full
    passes scanned again and again (about 40 % of the time of 10,000 records); reference counting still
    frees what is dropped, and the collector finds any cycle once it runs again."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _references(m: Mention) -> list[MentionId]:
    """The mentions of its article that a mention refers to: hosts, parent, role organizations, attended events."""
    return [*m.hosts, *([m.parent] if m.parent else []), *(r for _, r in m.posts if r), *m.attended]


def _companion_placed(m: Mention) -> bool:
    """An event its article's other events may place in time (:func:`kg.resolve.rules.companion_time`)."""
    return m.kind == "event" and bool(m.companions) and not m.anchored


def _rows(m: Mention, blocks: set[str]) -> list[tuple[str, str, str]]:
    """A stored mention's key index rows: its blocks but alias lines (found through its names' keys,
    ``n:``, as the alias file may change) and its name keys."""
    return [(m.article, b, m.iri) for b in blocks if "alias:" not in b] + [(m.article, f"n:{k}", m.iri)
                                                                          for k in m.name_keys]


def _word_hits(posting: Callable[[str], Set[Cluster]], scopes: list[list[str]], probes: set[str],
               need: int) -> set[Cluster]:
    """The nodes sharing at least ``need`` of the probed words within one group of scopes (its
    blocks' union; a word more than :data:`MAX_POSTING` nodes share there proposes none)."""
    found: set[Cluster] = set()
    for group in scopes:
        if not group:
            continue
        proposing: list[Set[Cluster]] = []
        for p in probes:
            postings = [posting(scope + p) for scope in group]
            if max(map(len, postings)) > MAX_POSTING:
                continue  # their union is larger still
            nodes = _union(postings)
            if len(nodes) <= MAX_POSTING:
                proposing.append(nodes)
        found |= _at_least(need, proposing)
    return found


def _union(node_sets: list[Set[Cluster]]) -> Set[Cluster]:
    """The union of node sets (the one set itself, not a copy, when there is one)."""
    return node_sets[0] if len(node_sets) == 1 else set().union(*node_sets)


def _at_least(need: int, node_sets: Iterable[Set[Cluster]]) -> set[Cluster]:
    """The nodes in at least ``need`` of ``node_sets`` (counted in one pass)."""
    hits = Counter(itertools.chain.from_iterable(node_sets))
    return {c for c, n in hits.items() if n >= need}


def _first_arrival(c: Cluster) -> int:
    """Where the node's first mention came in the records given (stored mentions: -1)."""
    return min(m.arrival for m in c.members)


def _series_keys(c: Cluster) -> set[str]:
    return {k for m in c.members for k in m.series_keys}


def _word_probes(block: str) -> tuple[str, ...]:
    """Where a word block looks: English words among English and glossed Chinese names, glossed
    Chinese words among English names (the rules compare no two Chinese names by words)."""
    word = block[3:]
    return (f"xe:{word}", f"xz:{word}") if block.startswith("xe:") else (f"xe:{word}",)


def _word_count(m: Mention) -> int:
    """How many words the mention's shortest name has (Chinese: words cut by the glossary)."""
    counts = [len(w) for w in m.english_words] + [len(gloss.gloss(n)) for n in m.chinese_names]
    return min(counts, default=0)


def _event_order(ms: list[Mention]) -> list[Mention]:
    """Dated or numbered events first, then parents before sub-events (stable otherwise)."""
    by_id = {m.id: m for m in ms}

    def depth(m: Mention) -> int:
        seen, d = set(), 0
        while m.parent in by_id and m.parent not in seen:
            seen.add(m.parent)
            m, d = by_id[m.parent], d + 1
        return d

    return sorted(ms, key=lambda m: (depth(m), m.edition is None and m.year is None))


@dataclass(frozen=True)
class SeriesChange:
    """A stored article graph's series link to change: the node's ``old`` series (None: none)
    becomes ``new`` (None: none); ``label`` is the series label that graph gives (its name of the node)."""

    graph: str
    node: str
    old: str | None
    new: str | None
    label: str


@dataclass
class Resolution:
    """The outcome for one batch: the IRI of every mention, its decisions, the IRIs retired."""

    resolver: Resolver
    decisions: list[Decision]
    retired: list[tuple[str, str, str]]  # (retired IRI, kept IRI, article IRI of the mention that merged them)
    series_changes: list[SeriesChange] = field(default_factory=list)  # in graphs written before
    _by_article: dict[str, list[Decision]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for d in self.decisions:
            self._by_article.setdefault(d.mention.article, []).append(d)

    def of(self, article: str) -> list[Decision]:
        """The decisions about one article's mentions (article IRI)."""
        return self._by_article.get(article, [])

    def ids(self, article: str) -> dict[tuple[str, str], str]:
        """(kind, record id) -> node IRI for one article's mentions."""
        return {(d.mention.kind, d.mention.local): self.resolver.of[d.mention.id].iri for d in self.of(article)}
