package fr.relais.forms;

/** The French messages shown beside a field; one per field, the first rule broken wins. */
final class FormMessages {

  static final String REQUIRED = "Ce champ est obligatoire.";
  static final String UNKNOWN_FIELD = "Champ inconnu.";
  static final String NOT_ALLOWED = "Valeur non autorisée.";
  static final String INVALID = "Valeur non valide.";
  static final String TEXT_EXPECTED = "Saisissez du texte.";
  static final String CONTROL_CHARACTERS = "Ce texte contient des caractères non autorisés.";
  static final String PATTERN = "Le format saisi n'est pas valide.";
  static final String EMAIL = "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.";
  static final String PHONE = "Saisissez un numéro de téléphone valide, par exemple 01 22 33 44 55.";
  static final String NUMBER = "Saisissez un nombre.";
  static final String INTEGER = "Saisissez un nombre entier.";
  static final String DATE = "Saisissez une date valide.";
  static final String TIME = "Saisissez une heure valide.";
  static final String DATE_TIME = "Saisissez une date et une heure valides.";
  static final String PAST_DATE = "La date ne peut pas être passée.";
  static final String LIST_EXPECTED = "Liste d'éléments attendue.";
  static final String ITEM_EXPECTED = "Élément de liste non valide.";
  static final String READ_ONLY = "Ce champ est en lecture seule : sa valeur ne peut pas être modifiée.";

  private FormMessages() {}

  static String maxLength(int max) {
    return max + " caractères au maximum.";
  }

  static String minLength(int min) {
    return min + " caractères au minimum.";
  }

  static String min(String min) {
    return "La valeur doit être supérieure ou égale à " + min + ".";
  }

  static String max(String max) {
    return "La valeur doit être inférieure ou égale à " + max + ".";
  }

  static String decimals(int digits) {
    return digits + (digits == 1 ? " décimale" : " décimales") + " au maximum.";
  }

  static String maxItems(int max) {
    return max + " éléments au maximum.";
  }
}
