namespace KnowledgeBot.Core.Privacy;

public enum PersonalDataKind { Name, Phone, Email, Address, BirthDate, Identifier }

/// <summary>A piece of personal data found in a text: where it is and what it is.</summary>
public sealed record PersonalDataItem(PersonalDataKind Kind, int Start, int Length, string Value);

/// <summary>A text with its personal data replaced by placeholders (« [nom] », « [téléphone] »…), and what was replaced.</summary>
public sealed record MaskedText(string Text, IReadOnlyList<PersonalDataItem> Items);

public static class PersonalDataPlaceholders
{
    public static string For(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Name => "[nom]",
        PersonalDataKind.Phone => "[téléphone]",
        PersonalDataKind.Email => "[e-mail]",
        PersonalDataKind.Address => "[adresse]",
        PersonalDataKind.BirthDate => "[date de naissance]",
        _ => "[numéro]",
    };
}
