"""The shipped intent and toxicity models: they load, classify clear cases and are deterministic."""

from __future__ import annotations

import pytest

from secretary.ai.records import INTENTS
from secretary.ai.textclass import IntentClassifier, ToxicityClassifier
from secretary.ai.textclass_features import FeatureConfig, feature_ids, normalise

CLEAR_INTENTS = [
    ("How much do you charge for a tax return?", "sales"),
    ("Was kostet bei Ihnen die Buchhaltung für eine GmbH?", "sales"),
    ("Скільки коштує консультація?", "sales"),
    ("What documents do I need to bring?", "support"),
    ("Welche Unterlagen muss ich mitbringen?", "support"),
    ("Які документи мені принести?", "support"),
    ("I was charged twice for the invoice", "billing"),
    ("Die Rechnung ist falsch, mir wurde doppelt abgebucht", "billing"),
    ("Мені двічі списали гроші за рахунок", "billing"),
    ("I need to reschedule my appointment", "operations"),
    ("Ich muss meinen Termin verschieben", "operations"),
    ("Мені треба перенести запис", "operations"),
    ("thanks!", "smalltalk"),
    ("Danke!", "smalltalk"),
    ("Дякую!", "smalltalk"),
    ("Can I talk to a real person?", "human"),
    ("Bitte einen Mitarbeiter", "human"),
    ("З'єднайте з оператором", "human"),
    ("/human", "human"),
]
ABUSIVE = ["You are useless idiots, fuck you", "Ihr seid doch alle Vollidioten, scheiß Laden",
           "Ви всі тупі дебіли"]
POLITE_COMPLAINTS = ["This is the third time I'm asking, this is unacceptable.",
                     "Das ist jetzt das dritte Mal, dass ich nachfrage. So geht das nicht.",
                     "Я питаю вже втретє, це неприпустимо.", "Could you please send me the invoice again?"]


@pytest.fixture(scope="module")
def intent() -> IntentClassifier:
    return IntentClassifier.load()


@pytest.fixture(scope="module")
def toxicity() -> ToxicityClassifier:
    return ToxicityClassifier.load()


def test_models_load_once(intent: IntentClassifier, toxicity: ToxicityClassifier) -> None:
    assert IntentClassifier.load() is intent and ToxicityClassifier.load() is toxicity
    assert set(intent.labels) == set(INTENTS)
    assert 0.0 < toxicity.threshold < 1.0


@pytest.mark.parametrize(("text", "expected"), CLEAR_INTENTS)
def test_clear_intents(intent: IntentClassifier, text: str, expected: str) -> None:
    [(label, probability)] = intent.predict([text])
    assert label == expected
    assert 0.0 < probability <= 1.0


def test_batch_equals_single(intent: IntentClassifier, toxicity: ToxicityClassifier) -> None:
    texts = [text for text, _ in CLEAR_INTENTS] + [""]
    batch = intent.predict(texts)
    assert [intent.predict([t])[0][0] for t in texts] == [label for label, _ in batch]
    singles = [toxicity.scores([t])[0] for t in texts]
    assert toxicity.scores(texts) == pytest.approx(singles, abs=1e-5)
    assert intent.predict([]) == [] and toxicity.scores([]) == []


@pytest.mark.parametrize("text", ABUSIVE)
def test_abuse_is_toxic(toxicity: ToxicityClassifier, text: str) -> None:
    assert toxicity.is_toxic(toxicity.scores([text])[0])


@pytest.mark.parametrize("text", POLITE_COMPLAINTS)
def test_polite_complaints_are_not_toxic(toxicity: ToxicityClassifier, text: str) -> None:
    assert not toxicity.is_toxic(toxicity.scores([text])[0])


def test_deterministic(intent: IntentClassifier, toxicity: ToxicityClassifier) -> None:
    texts = [text for text, _ in CLEAR_INTENTS]
    assert intent.predict(texts) == intent.predict(texts)
    assert toxicity.scores(texts) == toxicity.scores(texts)


def test_features_are_stable_and_accent_aware() -> None:
    config = FeatureConfig()
    # CRC-32, not Python's salted hash: the ids are fixed across processes
    assert feature_ids("Danke", config) == feature_ids("danke", config)
    assert feature_ids("möchte", config) == feature_ids("moechte", config)
    assert normalise("Hi @weber see https://x.de") == "hi  xuser  see  xurl "
    assert all(0 <= i < config.buckets for i in feature_ids("З'єднайте з оператором 🙂", config))


def test_retraining_intent_reproduces_the_shipped_model(intent: IntentClassifier) -> None:
    from evals import datasets
    from evals.train import train_intent

    retrained = IntentClassifier(train_intent())  # ~5 s; toxicity (~50 s, with cross-validation) is left out
    sample = [row.text for row in datasets.intent_examples("eval")][::5]
    assert [label for label, _ in retrained.predict(sample)] == [label for label, _ in intent.predict(sample)]
