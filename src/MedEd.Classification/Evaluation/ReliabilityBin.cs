namespace MedEd.Classification.Evaluation;

/// <summary>One row of a reliability table: the posts whose top probability fell in [Lower, Upper).</summary>
/// <param name="Lower">The bin's lower bound.</param>
/// <param name="Upper">The bin's upper bound.</param>
/// <param name="Count">Posts in the bin.</param>
/// <param name="MeanConfidence">The mean top probability of those posts.</param>
/// <param name="Accuracy">The share of those posts whose top label was right.</param>
public sealed record ReliabilityBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);
