pub mod arbitrary;
