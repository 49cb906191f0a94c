"""The trainable part of the reader: the encoder's last layer and the heads over it.

The first layers of the bundled encoder are frozen and their output is cached
(training/cache.py); this module runs the last layer on that output, for the question and
for each window, and small heads turn what it reads into the reader's three outputs:

- a sentence's answer score: the cosine between the question's vector and the sentence's
  vector *in its window* (the mean of its word pieces, read with the title and the sentence
  before it), plus the mean over the question's pieces of each one's best cosine with a
  piece of the sentence (late interaction), scaled;
- the answer span: a start and an end score for each piece of the sentence, bilinear in the
  piece's vector and the question's vector;
- the no-answer score: linear in the question's vector.

The loss normalises the answer scores of every sentence of a question's windows together
with the no-answer score (one softmax), so the reader learns to rank the sentences and that
none may answer; the span is learned on the answering sentence.
"""

from __future__ import annotations

import torch
from torch import nn


class ReaderHeads(nn.Module):
    """The heads (run in numpy at answer time: qa/reader.py ``judge``)."""

    def __init__(self, dim: int = 384) -> None:
        super().__init__()
        self.scale = nn.Parameter(torch.tensor(10.0))
        self.mix = nn.Parameter(torch.tensor(1.0))
        self.no_answer = nn.Linear(dim, 1)
        nn.init.zeros_(self.no_answer.weight)
        nn.init.constant_(self.no_answer.bias, 12.0)
        self.start = nn.Linear(dim, dim, bias=False)
        self.end = nn.Linear(dim, dim, bias=False)
        for lin in (self.start, self.end):
            nn.init.normal_(lin.weight, std=0.02)


class TopReader(nn.Module):
    """The encoder's last layer over cached vectors, the heads, and the group loss."""

    def __init__(self, layer: nn.Module, config, span_weight: float = 0.5) -> None:
        super().__init__()
        self.layer = layer
        self.config = config
        self.heads = ReaderHeads(config.hidden_size)
        self.span_weight = span_weight

    def top(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        from transformers.masking_utils import create_bidirectional_mask

        extended = create_bidirectional_mask(config=self.config, inputs_embeds=hidden,
                                             attention_mask=mask)
        out = self.layer(hidden, attention_mask=extended)
        return out[0] if isinstance(out, tuple) else out

    def forward(self, q_hidden, q_mask, w_hidden, w_mask, sentence_of, groups, targets,
                span_start, span_end):
        """``sentence_of[w, t]``: the sentence (numbered within its group) that piece t of
        window w belongs to, or -1; ``groups[w]``: window w's group; ``targets[g]``: the
        answering sentence of group g, or -1; ``span_start/end[g]``: the answer's first and
        last piece as (window, piece), or (-1, -1)."""
        heads = self.heads
        h = self.top(w_hidden, w_mask)
        qh = self.top(q_hidden, q_mask)
        qm = q_mask.to(qh.dtype)
        q_vec = nn.functional.normalize((qh * qm[..., None]).sum(1), dim=-1)
        q_tok = nn.functional.normalize(qh, dim=-1)
        inner = qm.clone()
        inner[:, 0] = 0
        inner[torch.arange(len(qm)), q_mask.sum(1) - 1] = 0  # not [CLS] or [SEP]
        n_groups, dim = len(targets), h.shape[-1]
        # Sentences numbered across the batch: group g's sentence s is offset[g] + s.
        per_group = torch.zeros(n_groups, dtype=torch.long).scatter_reduce(
            0, groups, sentence_of.max(dim=1).values + 1, reduce="amax")
        offset = torch.cumsum(per_group, 0) - per_group
        ids = torch.where(sentence_of >= 0, sentence_of + offset[groups][:, None], -1)
        keep = ids >= 0
        flat_ids = ids[keep]
        n = int(per_group.sum())
        group_of = torch.repeat_interleave(torch.arange(n_groups), per_group)
        tok = h[keep]
        cos = (nn.functional.normalize(torch.zeros(n, dim).index_add(0, flat_ids, tok), dim=-1)
               * q_vec[group_of]).sum(-1)
        # Late interaction: each question piece's best cosine with a piece of each sentence.
        sims = torch.bmm(nn.functional.normalize(h, dim=-1), q_tok[groups].transpose(1, 2))
        best = torch.full((n, sims.shape[-1]), -1.0).scatter_reduce(
            0, flat_ids[:, None].expand(-1, sims.shape[-1]), sims[keep], reduce="amax")
        q_in = inner[group_of]
        late = (best * q_in).sum(-1) / q_in.sum(-1).clamp(min=1)
        scores = heads.scale * (cos + heads.mix * late)
        # One softmax per group over [no answer, its sentences].
        width = int(per_group.max()) + 1
        logits = torch.full((n_groups, width), -1e4)
        logits[:, 0] = heads.no_answer(q_vec).squeeze(-1)
        slot = torch.arange(n) - offset[group_of] + 1
        logits = logits.index_put((group_of, slot), scores)
        target = torch.where(targets >= 0, targets + 1, torch.zeros_like(targets))
        loss = nn.functional.cross_entropy(logits, target)
        # The span, on the answering sentence of the groups that have one.
        has = (targets >= 0) & (span_start[:, 0] >= 0)
        if has.any():
            rows = span_start[has, 0]
            in_sentence = sentence_of[rows] == targets[has][:, None]
            for proj, pos in ((heads.start, span_start), (heads.end, span_end)):
                logit = (proj(h[rows]) * q_vec[has][:, None, :]).sum(-1)
                logit = logit.masked_fill(~in_sentence, -1e4)
                loss = loss + self.span_weight * nn.functional.cross_entropy(logit, pos[has, 1])
        return {"loss": loss}
