"""The model's wide-path features rebuilt with scikit-learn, for the scripts here that score them on validation:
binary TF-IDF (smooth idf) word n-grams of the tokens and char n-grams of the tokens joined by spaces, min_df 2,
each block L2-normalised (TfidfVectorizer does that per vectorizer), concatenated."""
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer


def word_grams(tokens, order):
    return [" ".join(tokens[i:i + n]) for n in range(1, order + 1) for i in range(len(tokens) - n + 1)]


def features(train, validation, word_order=2, char_order=3):
    """Fitted on the train rows; returns (train matrix, validation matrix)."""
    word = TfidfVectorizer(analyzer=lambda tokens: word_grams(tokens, word_order), lowercase=False, binary=True, min_df=2)
    char = TfidfVectorizer(analyzer="char", ngram_range=(1, char_order), lowercase=False, binary=True, min_df=2)
    fitted = sp.hstack([word.fit_transform([r["tokens"] for r in train]),
                        char.fit_transform([" ".join(r["tokens"]) for r in train])]).tocsr()
    scored = sp.hstack([word.transform([r["tokens"] for r in validation]),
                        char.transform([" ".join(r["tokens"]) for r in validation])]).tocsr()
    return fitted, scored
