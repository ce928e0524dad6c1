namespace MedEd.Classification;

/// <summary>
/// How much one feature of a post pushed a label's score: the model's weight for the feature
/// times the feature's value in the post (a logit contribution; positive pushes towards the label).
/// </summary>
/// <param name="Feature">
/// The feature: <c>word:venetoclax</c> or <c>word:stop poisoning</c> (word n-grams of the normalised
/// text), <c>char:veto</c> (character n-grams; <c>_</c> marks a word boundary),
/// <c>signal:hype-language</c> (a detector), or <c>terms:oncology</c> (a curated term list).
/// </param>
/// <param name="Contribution">The contribution to the label's logit.</param>
public readonly record struct FeatureContribution(string Feature, float Contribution);
