namespace TrialMatcher.Tests.Support;

/// <summary>Small API v2 study documents written inline, for tests that need exact control of one field.</summary>
public static class StudyJson
{
    public static string Study(string nctId, string title = "A study of a new drug in advanced melanoma", string? status = "RECRUITING",
        string minimumAge = "18 Years", string conditions = "\"Melanoma\"", string criteria = "Inclusion Criteria:\\n\\n* Stage IV melanoma\\n\\nExclusion Criteria:\\n\\n* Active brain metastases")
    {
        var statusField = status is null ? "" : $"\"overallStatus\":\"{status}\",";
        return $$$"""
        {"protocolSection":{
          "identificationModule":{"nctId":"{{{nctId}}}","briefTitle":"{{{title}}}"},
          "statusModule":{{{{statusField}}}"lastUpdatePostDateStruct":{"date":"2026-03-02","type":"ACTUAL"},"startDateStruct":{"date":"2025-06"}},
          "conditionsModule":{"conditions":[{{{conditions}}}],"keywords":["BRAF V600E"]},
          "designModule":{"studyType":"INTERVENTIONAL","phases":["PHASE1","PHASE2"]},
          "armsInterventionsModule":{"interventions":[{"type":"DRUG","name":"Encorafenib","otherNames":["Braftovi"]}]},
          "eligibilityModule":{"eligibilityCriteria":"{{{criteria}}}","sex":"ALL","minimumAge":"{{{minimumAge}}}","healthyVolunteers":false},
          "contactsLocationsModule":{"locations":[{"facility":"Harbour Cancer Centre","city":"Boston","state":"Massachusetts","country":"United States","status":"RECRUITING","geoPoint":{"lat":42.36,"lon":-71.06}}]}
        },"hasResults":false}
        """;
    }

    public static string Array(params string[] studies) => "[" + string.Join(",", studies) + "]";

    public static string Page(string? token, params string[] studies) =>
        "{\"studies\":[" + string.Join(",", studies) + "]" + (token is null ? "" : $",\"nextPageToken\":\"{token}\"") + "}";
}
