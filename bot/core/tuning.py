"""Every threshold and weight of the answerer, in one object, each with the reason for its value.

The policy and the scorer read them from here and nowhere else, so a change is one edit with its reason
beside it. The values were set on the development set and held by the blind sets in tests/data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Tuning:
    # Scoring: how a question's words fit an entry.
    confident: float = 0.5  # below this total score the answerer declines: half the question's weight unexplained
    name_bonus: float = 0.35  # a whole name of an entry in the question: stronger than any one shared word
    named_with_kind: float = 2.0  # ... said with its kind after it ("the confrontation scene was intense"): twice
    name_length_bonus: float = 0.1  # per word of that name (up to name_length_cap): longer names are more specific
    name_length_cap: int = 4
    scene_name_base: float = 0.5  # a scene or track name earns half the bonus however long the question
    film_name_share: float = 0.4  # the film's own title is in every text: it counts for little by itself
    cue_bonus: float = 0.12  # the question uses a word for the entry's kind ("song", "scene")
    cue_floor: float = 0.3  # ... counted only for entries that already match this well: a cue confirms, never makes
    synonym_match: float = 0.8  # a word matched through its synonym group: close, but less than the word as written
    thin_match: float = 0.6  # one word of running text and nothing else ("what time is it" vs "one last time")
    typo_weight: float = 0.9  # a corrected word weighs a little less than one typed right
    retold_word: float = 0.5  # a word the pack never uses, beside `retold_after` it does: the asker's retelling
    retold_after: int = 3  # ... (with two, "best ballet shoes for beginners" would be about the ballet)
    retelling_words: int = 20  # words of a message long enough to retell a scene; shorter ones say "the bit where"
    order_reach: int = 4  # words before a title an order word may place it from ("just before <a title>")
    weak_word: float = 0.3  # an intensifier ("big", "huge") weighs this share of its rarity: "her big choice"
    cut_short: int = 3  # letters of a name's last word, typed before the message was sent, that still finish it
    typo_similarity: float = 75.0  # rapidfuzz ratio at which "paige" is a typo of "page", not another person
    candidates: int = 64  # entries kept after the coverage-only ranking: enough for every adjustment to matter
    common_term_share: float = 0.1  # terms held by more entries than this only re-rank, they add no candidates
    phrase_bonus: float = 0.1  # two words side by side as one of an entry's keyword phrases has them
    position_hint: float = 0.1  # "the one at the start where ...": a scene in the film's first (or last) third,
    # by how near it is to that end; less than a cue, so it tips a close call, never makes a match
    narrow_confident: float = 0.75  # a long message read again from its question alone must fit this clearly
    told_words: int = 4  # significant words a sentence needs to tell the scene an order counts from ("Lovely." none)
    told_scene: float = 0.5  # ... but a sentence telling the scene whose name the message asks ("what that scene
    # is called"), read alone, as well as any question must (`confident`): it is the question's subject
    described_floor: float = 0.35  # a scene told as "the bit where ..." fitting this well, short of `confident`,
    described_lead: float = 2.0  # ... and this many times better than the next entry, is the one described
    track_scene_floor: float = 0.4  # a track's one-line description fitting a scene this well, short of `confident`,
    track_scene_lead: float = 2.0  # ... and this many times better than the next scene, places the track there
    # Choosing between entries.
    near_tie: float = 0.03  # two entries of one kind this close, none named: ask which rather than guess
    tie_apart: float = 0.12  # ... and two scenes tied this far above the third, though a person is named
    description_tie: float = 0.12  # two scenes holding every word of a description, this close: ask which
    shared_name_margin: float = 0.1  # a scene and a track named alike this close in score: ask which
    max_clarify: int = 3  # choices a "which one do you mean?" offers: more is a list, not a question
    subset_lines: int = 50  # scenes a subset's text lists before "… and N more" (its entries hold them all)
    choice_score: float = 0.5  # the score shown for each choice of a "which one?": none is preferred
    alternative_floor: float = 0.8  # share of `confident` an entry needs to be offered as "also close"
    alternative_share: float = 0.75  # ... and share of the best score
    exact_tie_floor: float = 0.6  # share of `confident` two entries fitting exactly as well need to be asked between
    decline_suggestion: float = 0.7  # share of `confident` an entry needs to be suggested beside a decline
    # Follow-ups.
    pick_floor: float = 0.2  # how well a reply must fit one choice of an open "which one?" to pick it
    pick_margin: float = 1.2  # ... and how clearly better than the next choice
    anchor_floor: float = 0.4  # how well the words after "before"/"after" must name an entry to be read as order
    person_floor: float = 0.25  # share of a person-shaped question's words one character's text must hold
    person_margin: float = 1.3  # ... and how clearly better than the next character
    # Looking names up (commands and autocomplete).
    resolve_cutoff: float = 88.0  # fuzzy score a typed name must reach to be taken without asking
    resolve_margin: float = 8.0  # ... ahead of the next name by at least this
    suggest_cutoff: float = 50.0  # fuzzy score a name needs to be suggested after a miss
    complete_cutoff: float = 60.0  # fuzzy score a name needs to be offered while typing


TUNING = Tuning()
