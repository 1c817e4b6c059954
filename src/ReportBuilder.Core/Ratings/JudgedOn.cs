namespace ReportBuilder.Core.Ratings;

/// <summary>How a standard is rated: from the key questions of the inspected cases, or by inspectors from evidence.</summary>
public enum JudgedOn
{
    /// <summary>Rated from the band of its lowest key question (court and out-of-court case standards).</summary>
    Cases,

    /// <summary>Rated by inspectors from documents, meetings and interviews (organisational delivery, policy and provision).</summary>
    Evidence,
}
