namespace BudgetSiteGen.Model;

public sealed record EquipmentCounts(int? Over500Thousand, int? OverOneMillion);
