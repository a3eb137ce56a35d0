//! Numbers and dates in the reader's language. Hand-written rather than ICU: the box needs
//! two languages and three formats, and every byte here ships to every reader.

use super::{Lang, Quantity, Qualifier};
use crate::i18n::strings;

const MONTHS_DE: [&str; 12] = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// `2025-11-07` → "7. November 2025" / "7 November 2025"; `2025-07` → "Juli 2025";
/// `2022` → "2022". Anything unparseable is returned unchanged rather than dropped.
pub fn date(iso: &str, lang: Lang) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let month_name = |m: u32| {
        let names = match lang {
            Lang::De => &MONTHS_DE,
            Lang::En => &MONTHS_EN,
        };
        names.get((m as usize).wrapping_sub(1)).copied()
    };
    match (parts.len(), number(0), number(1).and_then(month_name), number(2)) {
        (1, Some(year), _, _) => year.to_string(),
        (2, Some(year), Some(month), _) => format!("{month} {year}"),
        (3, Some(year), Some(month), Some(day)) if (1..=31).contains(&day) => match lang {
            Lang::De => format!("{day}. {month} {year}"),
            Lang::En => format!("{day} {month} {year}"),
        },
        _ => iso.to_string(),
    }
}

/// A number with its qualifier and unit, as readers say it: "über 100 Mrd. Dollar",
/// "knapp 20,5 Mio.", "rund 43 %", "7.282.000". Whole numbers from a million up are said in
/// millions or billions when that loses no digit; otherwise every digit is printed, so a figure
/// reads exactly as its source gives it.
pub fn quantity(q: &Quantity, lang: Lang) -> String {
    let t = strings(lang);
    let mut out = String::new();
    if let Some(qualifier) = q.qualifier {
        out.push_str(match qualifier {
            Qualifier::Over => t.over,
            Qualifier::About => t.about,
            Qualifier::Almost => t.almost,
            Qualifier::UpTo => t.up_to,
        });
        out.push(' ');
    }
    out.push_str(&number(q.value, lang));
    if let Some(unit) = &q.unit {
        // "43 %" in both languages' newsroom style; a unit is separated by a space.
        out.push(' ');
        out.push_str(unit);
    }
    out
}

/// A JSON number in the language's format, without float formatting code in the bundle: the
/// value is turned into whole units of its smallest decimal place (at most six).
pub fn number(value: f64, lang: Lang) -> String {
    let sign = if value < 0.0 { "\u{2212}" } else { "" };
    let value = value.abs();
    let mut places = 0u32;
    while places < 6 && (value * 10f64.powi(places as i32)).fract().abs() > 1e-9 {
        places += 1;
    }
    let scaled = (value * 10f64.powi(places as i32)).round() as u64;
    let t = strings(lang);
    let body = if places == 0 && scaled >= 1_000_000 {
        [(1_000_000_000u64, t.billion), (1_000_000, t.million)]
            .into_iter()
            .find(|(unit, _)| scaled >= *unit && scaled % (unit / 100) == 0)
            .map(|(unit, word)| format!("{} {word}", decimal(scaled, unit, 2, lang)))
            .unwrap_or_else(|| grouped(scaled, lang))
    } else {
        decimal(scaled, 10u64.pow(places), places, lang)
    };
    format!("{sign}{body}")
}

/// `value / unit` with at most `places` decimals, trailing zeros dropped, in the language's
/// decimal separator. Integer arithmetic keeps float formatting code out of the bundle.
fn decimal(value: u64, unit: u64, places: u32, lang: Lang) -> String {
    let scale = 10u64.pow(places);
    // The remainder is below `unit`, so scaling it cannot overflow for any unit up to 10^12.
    let mut whole = value / unit;
    let mut fraction = ((value % unit) * scale + unit / 2) / unit;
    if fraction == scale {
        whole += 1;
        fraction = 0;
    }
    let mut fraction = format!("{:0width$}", fraction, width = places as usize);
    while fraction.ends_with('0') {
        fraction.pop();
    }
    let whole = grouped(whole, lang);
    if fraction.is_empty() {
        whole
    } else {
        let sep = match lang {
            Lang::De => ',',
            Lang::En => '.',
        };
        format!("{whole}{sep}{fraction}")
    }
}

fn grouped(value: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// `items` written one after another with `separator` between them: what `[T]::join` does,
/// written out because the bundle would otherwise carry the standard library's (about 1 KB).
pub fn joined<S: AsRef<str>>(items: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(date("2025-11-07", Lang::De), "7. November 2025");
        assert_eq!(date("2025-11-07", Lang::En), "7 November 2025");
        assert_eq!(date("2025-03", Lang::De), "März 2025");
        assert_eq!(date("2022", Lang::En), "2022");
        assert_eq!(date("2025-13-01", Lang::En), "2025-13-01");
        assert_eq!(date("gestern", Lang::De), "gestern");
    }

    #[test]
    fn numbers_in_both_languages() {
        assert_eq!(number(20_500_000.0, Lang::De), "20,5 Mio.");
        assert_eq!(number(20_500_000.0, Lang::En), "20.5 million");
        assert_eq!(number(7_282_000.0, Lang::De), "7.282.000");
        assert_eq!(number(7_282_000.0, Lang::En), "7,282,000");
        assert_eq!(number(100_000_000_000.0, Lang::De), "100 Mrd.");
        assert_eq!(number(1_100_000_000.0, Lang::En), "1.1 billion");
        assert_eq!(number(2.72, Lang::De), "2,72");
        assert_eq!(number(43.0, Lang::En), "43");
        assert_eq!(number(21_227.0, Lang::De), "21.227");
        assert_eq!(number(-3.5, Lang::En), "\u{2212}3.5");
        let q = Quantity { value: 100e9, qualifier: Some(Qualifier::Over), unit: Some("Dollar".into()), as_of: None, basis: None };
        assert_eq!(quantity(&q, Lang::De), "über 100 Mrd. Dollar");
        assert_eq!(quantity(&q, Lang::En), "over 100 billion Dollar");
    }
}
