namespace ReportBuilder.SampleData;

/// <summary>
/// Sentences in the register of the published reports, with <c>{short}</c> (YOS, YOT) and <c>{area}</c> to fill in.
/// Plausible, not real: no sentence describes a real service.
/// </summary>
internal static class TextBank
{
    public static readonly string[] Areas =
    [
        "Ashworth", "Barrowdale", "Bramley Vale", "Carnford", "Dunmore", "Eastbridge", "Elmsworth", "Fenley", "Glenmoor",
        "Hartsdown", "Holloway Cross", "Ivybridge Vale", "Kingsmere", "Larkfield", "Marshton", "Northwold", "Oakhampstead",
        "Pendlebrook", "Queensford", "Ravenscar Moor", "Redwater", "Saltmarsh", "Southwick Downs", "Thornbury Edge",
        "Upperton", "Westmarch", "Whitfield", "Wychwood", "Yarrowby", "Ambleside Reach",
    ];

    public static readonly string[] People =
    [
        "Alex Morgan", "Sam Patel", "Jordan Hughes", "Priya Shah", "Chris Evans", "Hannah Lloyd", "Tom Okafor",
        "Rachel Byrne", "David Kerr", "Fatima Begum", "Owen Price", "Laura Jenkins",
    ];

    public static readonly string[] Narrative =
    [
        "Case managers gained a thorough understanding of children and their wider familial and social contexts.",
        "Practitioners drew on information from partner agencies in most cases, which gave a rounded picture of the child's needs.",
        "We saw a strengths-based approach in the large majority of the cases we inspected.",
        "Children, and their parents or carers, were involved in the work in most cases, and their views were recorded.",
        "Management oversight was sufficient in most cases, although it was not always recorded.",
        "In a minority of cases, the analysis of risks to other people was not detailed enough to guide the work.",
        "Contingency planning was specific and clear in the majority of cases, with named actions for each agency.",
        "Inspectors saw evidence that case managers had considered the child's diversity and learning needs.",
        "Where there were concerns for the child's safety, case managers worked well with children's social care.",
        "The {short} had access to the case management systems of its partners and used them well.",
        "Work to support desistance was well sequenced and reflected the child's maturity and motivation to change.",
        "The needs and wishes of victims were considered in every relevant case.",
        "Reviews took place when circumstances changed, and led to changes in plans where this was needed.",
        "Education, training and employment were a clear focus of the work, supported by a dedicated worker.",
        "In a small number of cases, information about the child's safety was not shared promptly with other agencies.",
        "Case managers adapted their approach to the child's speech, language and communication needs.",
    ];

    public static readonly string[] Strengths =
    [
        "The management board has a clear vision and strategy for the {short}, which partners understand and support.",
        "Board members are senior enough to commit resources from their own agencies.",
        "Staff are motivated, skilled and proud to work for the {short}.",
        "Supervision is regular and purposeful, and staff value it.",
        "There is a good range of services to support children's desistance, including health and education provision.",
        "Partnerships with the police and children's social care are strong and well established.",
        "Policies and procedures are up to date and are understood by staff.",
        "The {short} uses performance information well to understand its cohort and to improve its services.",
        "Workloads are manageable, and cases are allocated with care for continuity.",
        "Children's views are sought and used to shape services.",
        "The offices are welcoming, safe and accessible for children and their families.",
        "Training meets the needs of staff, and a learning culture is evident across the service.",
        "Restorative justice is embedded in the work, and victims are offered a meaningful say.",
        "Out-of-court disposal decisions are made jointly and are well informed.",
    ];

    public static readonly string[] Improvements =
    [
        "The ethnicity of staff and volunteers does not reflect the {short}'s cohort.",
        "Management oversight of out-of-court disposal work is inconsistent.",
        "Too few children are in education, training or employment.",
        "Information-sharing with health services is not always timely.",
        "The board does not receive enough information about the quality of casework.",
        "Work to keep other people safe is not always reviewed when circumstances change.",
        "Some staff have not received training in trauma-informed practice.",
        "The resettlement policy is not yet understood by all partners.",
    ];

    public static readonly string[] Recommendations =
    [
        "ensure that management oversight of out-of-court disposal work is consistent across all teams",
        "improve the analysis of how to keep other people safe in assessment and planning",
        "increase the number of children in education, training or employment",
        "work to ensure that the staff and volunteer profile reflects the children the {short} works with",
        "make sure that information about children's safety is shared promptly with partner agencies",
        "give the management board regular information about the quality of casework",
        "review the resettlement policy with partners and make sure it is understood by all staff",
        "make sure that every child's plan is reviewed when their circumstances change",
    ];

    public static readonly string[] PositiveQuotes =
    [
        "My worker really listened to me and helped me sort things out.",
        "They helped me get onto a course and I go every day now.",
        "I could always talk to someone when I needed to.",
        "They treated me with respect and didn't judge me.",
        "It helped me think about what I was doing and stay out of trouble.",
    ];

    public static readonly string[] Foreword =
    [
        "This inspection is part of our programme of youth offending service inspections. We have inspected and rated {area} {short} across three broad areas: the arrangements for organisational delivery of the service, the quality of work done with children sentenced by the courts, and the quality of out-of-court disposal work.",
        "We found a committed workforce and partners who share a wish to improve outcomes for children.",
        "Leaders know their service well and have a clear plan for the areas that need to improve.",
        "We have made a small number of recommendations, which we believe will help the {short} to build on its strengths.",
    ];

    public static readonly string[] Background =
    [
        "Youth offending teams (YOTs) supervise 10–18-year-olds who have been sentenced by a court, or who have come to the attention of the police because of their offending behaviour but have not been charged, instead dealt with out of court.",
        "YOTs are statutory partnerships, and they are multidisciplinary, to deal with the needs of the whole child. They are required to have staff from local authority social care and education services, the police, the National Probation Service and local health services.",
        "The Youth Justice Board for England and Wales funds YOTs and monitors their performance.",
        "{area} is a largely rural area with several market towns, and its children's services are organised in locality teams.",
    ];

    public static readonly string[] Diversity =
    [
        "The {short} has a good understanding of the diversity of its cohort, and the board receives regular analysis of it.",
        "Children from minority ethnic backgrounds are over-represented in the cohort compared with the local population.",
        "Staff have received training in equality and diversity, and cases show that diverse needs are considered.",
    ];

    public static string Fill(string text, string shortName, string area) =>
        text.Replace("{short}", shortName).Replace("{area}", area);
}
