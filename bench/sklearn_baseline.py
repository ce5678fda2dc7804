"""The scikit-learn pipeline the speed bench compares against: same features (char 2-5-grams
inside words, sublinear TF-IDF, rare n-grams dropped above 20,000 answers as ours does), KMeans
with the same k and the same number of restarts. Usage: sklearn_baseline.py ANSWERS.tsv K RESTARTS [SEED]"""
import sys

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import normalized_mutual_info_score

path, k, restarts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 0
labels, texts = [], []
with open(path, encoding="utf-8") as f:
    for line in f:
        label, text = line.rstrip("\n").split("\t", 1)
        labels.append(int(label))
        texts.append(text)
features = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                           min_df=2 if len(texts) > 20000 else 1).fit_transform(texts)
predicted = KMeans(n_clusters=k, n_init=restarts, random_state=seed).fit_predict(features)
print(f"nmi={normalized_mutual_info_score(labels, predicted):.3f}")
