namespace PikaMigrate.OpenSearch.Signing;

/// <summary>A computed signature with the intermediate texts, which the tests compare with AWS's published ones.</summary>
public sealed record SigV4Signature(string CanonicalRequest, string StringToSign, string SignedHeaders, string Signature, string Authorization);
