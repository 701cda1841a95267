using Logistics.Planning.Lines;
using Logistics.Planning.Verification;

namespace Logistics.Web.Jobs;

/// <summary>What a plan job produced: the plan and the verifier's report on it.</summary>
public sealed record PlanRunResult(LinePlan Plan, VerificationReport Verification);
