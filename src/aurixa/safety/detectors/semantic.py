"""A learned backstop for emergencies and crises phrased in ways no rule foresaw.

The rules are exact on what they were written against but miss fresh phrasing
("chest feels like it's being squeezed"). This detector embeds the message with
the process's sentence-embedding model (the same cached vector the intent router
uses) and scores it with a small neural network (one ReLU hidden layer under a
softmax over benign, emergency, crisis) fitted by `evals/train_safety_classifier.py`
on our labelled patient messages and benign utterances; the weights ship as
`triage.npz`. The hidden layer is what lets it generalise: a linear model on the
vector missed half the emergencies and crises of rounds it had not seen.

A score over the threshold is not enough on its own. The message is cut into
clauses, each clause is scored, and the detector fires only on a clause that
scores over the clause threshold and that neither the rules' context handling
(a negated, past, educational or hypothetical mention, an idiom; an alarm taken back
at once, "call 911 lol jk", for an emergency only) nor the
injection or harmful-request rules set aside, and that is not itself educational, hypothetical,
history, a question about taking a medicine or a symptom called mild. When some
clauses are set aside, the rest of the message must still score over the
threshold without them. A message that says the person is otherwise well ("she's
eating and playing fine") is left to the rules. The clause is the evidence.
Clauses are embedded only when the message already scores high, so most
messages cost one embedding.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import numpy as np
import numpy.typing as npt

from aurixa.core.embeddings import Embedder, get_embedder
from aurixa.safety.detectors.base import Direction, Finding
from aurixa.safety.detectors.context import EXPERIENCE, is_education, is_hypothetical
from aurixa.safety.detectors.emergency_idioms import retracted_spans
from aurixa.safety.detectors.harmful import HarmfulRequestDetector
from aurixa.safety.detectors.history import is_history
from aurixa.safety.detectors.injection import InjectionDetector
from aurixa.safety.detectors.reassurance import mild, reassured
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc, Span

WEIGHTS = "triage.npz"
CLASSES = ("benign", "emergency", "crisis")
# A message this long is a document, not a triage message: the rules still read it
# all, but one vector of it says little about any one sentence.
MAX_CHARS = 2000
# A message this short ("goodbye", "call mom", "abort it") is too little for a vector
# to tell a crisis from small talk; short explicit statements are the rules' to read.
MIN_WORDS = 4


class _SetsAside(Protocol):
    def set_aside(self, doc: Doc) -> list[tuple[int, int]]: ...


@dataclass(frozen=True)
class TriageModel:
    """Weights of the classifier and the thresholds chosen by cross-validation.

    Without a hidden layer the model is a multinomial logistic regression on the
    vector (the form weights files had before the hidden layer)."""

    weights: npt.NDArray[np.float32]  # (hidden or dim, 3)
    bias: npt.NDArray[np.float32]  # (3,)
    threshold: float  # on the whole message's emergency or crisis probability
    clause_threshold: float  # on the evidence clause's probability
    embedding_model: str
    hidden_weights: npt.NDArray[np.float32] | None = None  # (dim, hidden)
    hidden_bias: npt.NDArray[np.float32] | None = None  # (hidden,)

    def probabilities(self, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        features = vectors
        if self.hidden_weights is not None and self.hidden_bias is not None:
            features = np.maximum(vectors @ self.hidden_weights + self.hidden_bias, 0)
        logits = features @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        result: npt.NDArray[np.float32] = exp / exp.sum(axis=1, keepdims=True)
        return result

    @classmethod
    def load(cls, path: object = None) -> TriageModel:
        source = path or importlib.resources.files("aurixa.safety").joinpath("data", WEIGHTS)
        with importlib.resources.as_file(source) as file, np.load(file) as data:  # type: ignore[arg-type]
            hidden = "hidden_weights" in data.files
            return cls(
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                threshold=float(data["threshold"]),
                clause_threshold=float(data["clause_threshold"]),
                embedding_model=str(data["embedding_model"]),
                hidden_weights=data["hidden_weights"].astype(np.float32) if hidden else None,
                hidden_bias=data["hidden_bias"].astype(np.float32) if hidden else None,
            )


@cache
def triage_model() -> TriageModel:
    return TriageModel.load()


@dataclass(frozen=True)
class Decision:
    category: Category | None
    probability: float
    clause: Span | None


def decide(
    doc: Doc,
    model: TriageModel,
    embed: Embedder,
    set_aside: list[tuple[int, int]] | Callable[[], list[tuple[int, int]]],
    retracted: Sequence[tuple[int, int]] | Callable[[], list[tuple[int, int]]] = (),
) -> Decision:
    """The backstop's decision on one message (pure given the embedder).

    `set_aside` may be a function, called only for a message that scores high: most
    do not, and then the rules' context need not be read a second time. `retracted`
    (alarms taken back at once, "call 911 lol jk") is set aside only for an emergency:
    a crisis is never taken back by a joke marker."""
    if len(doc.text.split()) < MIN_WORDS or len(doc.text) > MAX_CHARS or reassured(doc):
        return Decision(None, 0.0, None)
    whole = model.probabilities(embed.embed([doc.text]))[0]
    label = int(np.argmax(whole[1:])) + 1
    if whole[label] < model.threshold:
        return Decision(None, float(whole[label]), None)
    if callable(set_aside):
        set_aside = set_aside()
    if CLASSES[label] == "emergency":
        set_aside = [*set_aside, *(retracted() if callable(retracted) else retracted)]
    clauses = [c for c in doc.clauses if doc.text[c.start : c.end].strip()]
    if len(clauses) <= 1:
        clauses = [Span(0, len(doc.text))]
        scores = whole[None, :]
    else:
        # The embedder runs every text alone (core/embeddings), so each clause gets the
        # vector it would get by itself, as the trainer embeds it.
        scores = model.probabilities(
            embed.embed([doc.text[c.start : c.end].strip() for c in clauses])
        )
    kept = [not _discounted(doc, clause, set_aside) for clause in clauses]
    if not any(kept):
        return Decision(None, float(whole[label]), None)
    if not all(kept):
        # The message scored high, but partly on clauses the rules read as not happening
        # ("ate a lot of pizza and now has heartburn", "isn't having trouble breathing,
        # it's just a cold"): what is left must score high on its own.
        rest = " ".join(
            doc.text[c.start : c.end].strip() for c, k in zip(clauses, kept, strict=True) if k
        )
        if model.probabilities(embed.embed([rest]))[0][label] < model.threshold:
            return Decision(None, float(whole[label]), None)
    # Best clause first; the first that nothing sets aside is the evidence.
    for index in np.argsort(-scores[:, label]):
        if scores[index, label] < model.clause_threshold:
            break
        if not kept[int(index)]:
            continue
        category = Category.EMERGENCY if label == 1 else Category.SELF_HARM
        return Decision(category, float(whole[label]), clauses[int(index)])
    return Decision(None, float(whole[label]), None)


def _discounted(doc: Doc, clause: Span, set_aside: list[tuple[int, int]]) -> bool:
    if any(clause.start <= s < clause.end or s <= clause.start < e for s, e in set_aside):
        return True
    start = clause.start + (
        len(doc.text[clause.start : clause.end]) - len(doc.text[clause.start : clause.end].lstrip())
    )
    return (
        is_history(doc, start)
        or is_education(doc, start)
        or is_hypothetical(doc, start)
        or mild(doc, start)
        or _MEDICINE_QUESTION.match(doc.folded[start : clause.end]) is not None
        or _WHEN_TO_TAKE.search(doc.folded[start : clause.end]) is not None
        or _SAFE_QUESTION.search(doc.folded[start : clause.end]) is not None
        or _FOOD_WHEN.match(doc.folded[start : clause.end]) is not None
        or _TEST_ASKED.match(doc.folded[start : clause.end]) is not None
        or _RELATIVE_DIED_OF.match(doc.folded[start : clause.end]) is not None
        or (
            _WHAT_TO_DO_IF.match(doc.folded[start : clause.end]) is not None
            and EXPERIENCE.search(doc.folded[start : clause.end]) is None
        )
    )


# Whether to be tested or screened, asked ("should I get my liver checked?", "¿debo hacerme
# una colonoscopia?"): a question about a test, often after a relative's illness,
# which reports nothing of the writer's own.
_TEST_ASKED = re.compile(
    r"^\W*(?:(?:should|do|does|can|could|would|must|need) (?:i|we|he|she|they|my \w+) (?:\w+ )?"
    r"(?:get|be|have|go for) (?:\w+ ){0,2}?(?:tested|screened|checked|(?:a |an )?(?:test|scan|"
    r"screening|colonoscopy|ultrasound|check-?up|blood ?work|labs|tests))\b|(?:yo )?(?:debo|"
    r"deberia|necesito|tengo que|puedo|me (?:debo|tengo que)) (?:hacerme|hacer|realizarme|"
    r"sacarme) (?:unos |unas |los |las |un |una |el |la )?(?:estudios?|pruebas?|analisis|"
    r"examen\w*|chequeo|ultrasonido|colonoscopia|endoscopia|laboratorios?)\b)"
)
# A relative's death of an illness, told as family history ("my dad died of liver cancer",
# "mi papá murió de un infarto a los 50"): not a death now, and not the writer's own illness.
_RELATIVE_DIED_OF = re.compile(
    r"^\W*(?:my|our|his|her|mi|su|nuestr[oa]) (?:\w+ )?(?:mom|mother|mum|dad|father|parents?|"
    r"grand\w+|brother|sister|aunt|uncle|cousin|mama|papa|madre|padre|abuel[oa]|herman[oa]|"
    r"ti[oa]|prim[oa]|padres) (?:\w+ )?(?:died|passed away|passed|murio|fallecio|se murio) "
    r"(?:(?:young|joven|at \d+|a los \d+) )?(?:of|from|de|por)\b"
    r"(?![^.!?]{0,40}\b(?:just|today|tonight|now|right now|acaba|hoy|ahora|anoche|this morning)\b)"
)
# "What do I do if the power goes out?", "¿qué hago si le da una convulsión?": first aid asked
# for a case that may come; "what do I do, he's seizing" is not this, nor a clause that says
# it is happening.
_WHAT_TO_DO_IF = re.compile(
    r"^\W*(?:what (?:do|should|would|can) (?:i|we) do|que (?:hago|hacemos|debo hacer|debemos "
    r"hacer|hay que hacer)) (?:if|when|in case|si|cuando|en caso)\b"
)


# "Can I take paracetamol while pregnant?": a question about a medicine, which the
# assistant answers; a symptom it names is not reported by the question.
_MEDICINE_QUESTION = re.compile(
    r"^\W*(?:(?:can|could|may|should|is it (?:ok|okay|safe|fine|alright) to|puedo|se puede|"
    r"podria|debo|deberia|es (?:seguro|malo|peligroso))\b[^.!?]{0,50}\b(?:take|use|give|"
    r"tomar|usar|dar(?:le)?)\b|(?:is it normal|is that normal|is this normal|es normal|"
    r"do|does|can|could|pueden|puede)\b[^.!?]{0,40}\b(?:pills?|tablets?|medicines?|"
    r"medications?|meds|vitamins?|iron|supplements?|pastillas|medicamentos?|medicinas?|"
    r"vitaminas|hierro)\b[^.!?]{0,40}\b(?:make|cause|turn|give|poner|pongan|causar|causen|"
    r"hacer|hagan|dar)\w*)"
)
# When a food may first be given: "at what age can I give my baby peanuts", "¿a qué edad le
# puedo dar cacahuate?", "when can we start eggs". A feeding question, whatever the food.
_FOOD_WHEN = re.compile(
    r"^\W*(?:(?:at )?what age|how old|when) (?:can|should|do|could|is it (?:ok|okay|safe) to) "
    r"(?:i |we |you |they )?(?:\w+ )?(?:give|start|introduce|feed|try|offer)\b|"
    r"^\W*(?:a que edad|desde que edad|cuando|a partir de que edad) (?:le |les |se le |se les )?"
    r"(?:puedo|podemos|debo|debemos|se puede|se pueden|se debe|hay que|empiezo a|empezamos a) "
    r"(?:le |les )?(?:dar\w*|empezar|introducir|ofrecer|probar)\b"
)
# "¿El paracetamol es seguro en el embarazo?": asking whether a medicine is safe.
_SAFE_QUESTION = re.compile(
    r"\b(?:pills?|medicines?|medications?|meds|paracetamol|ibuprofen|tylenol|advil|aspirin|"
    r"acetaminophen|naproxen|antibiotics?|ibuprofeno|naproxeno|aspirina|antibioticos?|"
    r"pastillas?|medicamentos?|medicinas?|vitamins?|vitaminas?)\b[^.!?]{0,25}\b(?:is|are|es|"
    r"son)\b[^.!?]{0,10}\b(?:safe|seguros?|seguras?|ok|okay|peligros[oa]s?)\b"
)
# "... and I'd like to know when I start the aspirin": asking how to take a medicine.
_WHEN_TO_TAKE = re.compile(
    r"\b(?:want to know|wondering|would like to know|quiero saber|queria saber|me pregunto)\b"
    r"[^.!?]{0,30}\b(?:when|if|whether|how|cuando|si|como)\b[^.!?]{0,30}\b(?:take|start|"
    r"stop|use|tomar|tomo|empiezo|empezar|dejar|dejo|usar)\b"
)


class RequestSpans:
    """Text the injection or harmful-request rules flag. An instruction to the model
    ("now you are X") or a request to harm someone else ("should I burn down their
    house?") is not a patient's report, so the backstop may not take it as one; a
    crisis or emergency rule in the same message still fires."""

    def __init__(self) -> None:
        self._detectors = (InjectionDetector(), HarmfulRequestDetector())

    def set_aside(self, doc: Doc) -> list[tuple[int, int]]:
        policy = SafetyPolicy()
        return [(f.start, f.end) for d in self._detectors for f in d.detect(doc, policy)]


class SemanticTriageDetector:
    """Emergencies and crises by meaning, beside the rules (never instead of them)."""

    name = "semantic_triage"
    category = Category.EMERGENCY
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self, rules: list[_SetsAside], model: TriageModel | None = None) -> None:
        self._rules = [*rules, RequestSpans()]
        self._model = model or triage_model()

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        embedder = get_embedder(self._model.embedding_model)

        def set_aside() -> list[tuple[int, int]]:
            return [span for rule in self._rules for span in rule.set_aside(doc)]

        decision = decide(
            doc, self._model, embedder, set_aside, lambda: retracted_spans(doc.folded)
        )
        if decision.category is None or decision.clause is None:
            return []
        clause = decision.clause
        severity = Severity.CRITICAL if decision.category == Category.EMERGENCY else Severity.HIGH
        return [
            Finding(
                decision.category,
                severity,
                doc.evidence(clause.start, clause.end),
                clause.start,
                clause.end,
                "semantic",
            )
        ]
